import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUsageHeaders } from '../../src/limits/usage-headers.js';
import { UsageObserver } from '../../src/limits/usage-observation.js';

const WABA = '102290129340398';
const app = (callCount: number) => JSON.stringify({ call_count: callCount, total_cputime: 1, total_time: 1 });
const buc = (callCount: number, regain = 0) =>
  JSON.stringify({ [WABA]: [{ type: 'whatsapp_business_management', call_count: callCount, estimated_time_to_regain_access: regain }] });
const headers = (appUsage?: string, bucUsage?: string) =>
  new Headers({ ...(appUsage === undefined ? {} : { 'x-app-usage': appUsage }), ...(bucUsage === undefined ? {} : { 'x-business-use-case-usage': bucUsage }) });

describe('UsageObserver (usage headers parsed once per distinct value)', () => {
  it('reuses the parse while both raw headers repeat, and parses again as soon as one changes', () => {
    const observer = new UsageObserver();
    const first = observer.read(headers(app(1), buc(1)));
    expect(observer.read(headers(app(1), buc(1)))).toBe(first);
    const appChanged = observer.read(headers(app(2), buc(1)));
    expect(appChanged).not.toBe(first);
    expect(appChanged.usage.app?.callCount).toBe(2);
    const bucChanged = observer.read(headers(app(2), buc(100, 3)));
    expect(bucChanged.businessUseCases).toEqual([
      expect.objectContaining({ objectId: WABA, scopeKey: `buc:${WABA}`, readingKey: `buc:${WABA}|whatsapp_business_management`, throttled: true }),
    ]);
    // An absent header is a value of its own: not the same as the last present one.
    const appGone = observer.read(headers(undefined, buc(100, 3)));
    expect(appGone.usage.app).toBeUndefined();
    expect(observer.read(headers(undefined, buc(100, 3)))).toBe(appGone);
  });

  it('hands out frozen results, so no caller can change what the next response is handed', () => {
    const observer = new UsageObserver();
    const { usage } = observer.read(headers(app(1), buc(1)));
    expect(Object.isFrozen(usage)).toBe(true);
    expect(Object.isFrozen(usage.app)).toBe(true);
    expect(Object.isFrozen(usage.businessUseCases)).toBe(true);
    expect(Object.isFrozen(usage.businessUseCases[0]?.reading)).toBe(true);
    expect(() => (usage.businessUseCases as unknown[]).push({})).toThrow(TypeError);
  });

  it('reads exactly what parseUsageHeaders reads, for any sequence of header values', () => {
    const value = fc.oneof(fc.constant(undefined), fc.constantFrom(app(1), app(100), buc(1), buc(100, 2), '{}', 'not json', '[]'), fc.json());
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 12 }), (pairs) => {
        const observer = new UsageObserver();
        for (const [appUsage, bucUsage] of pairs) {
          const source = headers(appUsage, bucUsage);
          expect(observer.read(source).usage).toEqual(parseUsageHeaders(source));
        }
      }),
    );
  });
});
