import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CamsCore } from '../../src/cams/cams-core.js';
import { checkConstructedOption, checkTransportOptions } from '../../src/core/option-checks.js';
import { isValidationError } from '../../src/errors/guards.js';
import { WabaCore } from '../../src/waba-core.js';

const rejects = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('checkTransportOptions', () => {
  it('accepts positive timer-sized milliseconds and 0–10 retries, and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -5, max: 3_000_000_000 })), fc.oneof(fc.double(), fc.integer({ min: -3, max: 13 })), (ms, retries) => {
        const okMs = Number.isFinite(ms) && ms > 0 && ms <= 2_147_483_647;
        const okRetries = Number.isInteger(retries) && retries >= 0 && retries <= 10;
        const error = rejects(() => checkTransportOptions('client options', { timeout: ms, deadline: ms, maxRetries: retries }));
        expect(error === undefined).toBe(okMs && okRetries);
        if (error !== undefined) {
          expect(isValidationError(error)).toBe(true);
          expect((error as { issues: { path: string[] }[] }).issues[0]!.path).toEqual([okMs ? 'maxRetries' : 'timeout']);
        }
      }),
    );
  });

  it('is what both clients run, each naming itself', () => {
    const graph = rejects(() => new WabaCore({ accessToken: 't', maxRetries: 11 }));
    const cams = rejects(() => new CamsCore({ accessKeyId: 'id', accessKeySecret: 'secret', deadline: 0 }));
    expect(graph).toMatchObject({ name: 'ValidationError', subject: 'client options', issues: [{ path: ['maxRetries'] }] });
    expect(cams).toMatchObject({ name: 'ValidationError', subject: 'CAMS client options', issues: [{ path: ['deadline'] }] });
  });
});

describe('checkConstructedOption', () => {
  const constructed = { acquire: () => undefined };
  const check = (value: object | false | undefined, canBuild: boolean) =>
    rejects(() => checkConstructedOption('client options', 'qpsLimit', value, { isConstructed: (v) => v === constructed, canBuild, fix: 'pass an instance' }));

  it('refuses plain options only where nothing can build from them, with the fix as the message', () => {
    expect(check({ defaultQps: 5 }, false)).toMatchObject({ name: 'ValidationError', subject: 'client options', issues: [{ path: ['qpsLimit'], message: 'pass an instance' }] });
    for (const [value, canBuild] of [[{ defaultQps: 5 }, true], [constructed, false], [constructed, true], [false, false], [undefined, false]] as const) {
      expect(check(value, canBuild)).toBeUndefined();
    }
  });

  it('is what both core clients run', () => {
    expect(rejects(() => new WabaCore({ accessToken: 't', usageGuard: {} as never }))).toMatchObject({ issues: [{ path: ['usageGuard'] }] });
    expect(rejects(() => new CamsCore({ accessKeyId: 'id', accessKeySecret: 'secret', qpsLimit: {} as never }))).toMatchObject({ issues: [{ path: ['qpsLimit'] }] });
  });
});
