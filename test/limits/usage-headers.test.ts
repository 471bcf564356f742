import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isThrottledReading,
  parseAppUsage,
  parseBusinessUseCaseUsage,
  parseUsageHeaders,
  type BusinessUseCaseUsage,
  type HeaderSource,
  type UsageReading,
} from '../../src/limits/usage-headers.js';

// Verbatim header examples of [OA23] components.headers (business-messaging-api_v23.0.yaml).
const SPEC_BUC =
  '{"102290129340398":[{"type":"whatsapp_business_management","call_count":1,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":0},{"type":"whatsapp","call_count":1,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":0}]}';
const SPEC_APP = '{"call_count":0,"total_cputime":0,"total_time":0}';

describe('documented examples (contract §6)', () => {
  it('parses the [OA23] X-App-Usage example: 0 % is a reading, not an absent header', () => {
    expect(parseAppUsage(SPEC_APP)).toEqual({ callCount: 0, totalCputime: 0, totalTime: 0, maxPercent: 0 });
  });

  it('parses the [OA23] X-Business-Use-Case-Usage example, one element per BUC type', () => {
    const reading = { callCount: 1, totalCputime: 1, totalTime: 1, regainAccessMs: 0, maxPercent: 1 };
    expect(parseBusinessUseCaseUsage(SPEC_BUC)).toEqual([
      { objectId: '102290129340398', type: 'whatsapp_business_management', reading },
      { objectId: '102290129340398', type: 'whatsapp', reading },
    ]);
  });

  it('parses the contract §6 shapes with throttling values, minutes converted to ms', () => {
    expect(parseAppUsage('{"call_count":100,"total_cputime":25,"total_time":72}')).toEqual({
      callCount: 100,
      totalCputime: 25,
      totalTime: 72,
      maxPercent: 100,
    });
    expect(
      parseBusinessUseCaseUsage(
        '{"1234":[{"type":"whatsapp_business_management","call_count":100,"total_cputime":10,"total_time":20,"estimated_time_to_regain_access":7}]}',
      ),
    ).toEqual([
      {
        objectId: '1234',
        type: 'whatsapp_business_management',
        reading: { callCount: 100, totalCputime: 10, totalTime: 20, regainAccessMs: 420_000, maxPercent: 100 },
      },
    ]);
  });

  it('reads both headers from a Fetch Headers object, case-insensitively', () => {
    const headers = new Headers({ 'X-App-Usage': SPEC_APP, 'X-Business-Use-Case-Usage': SPEC_BUC });
    const usage = parseUsageHeaders(headers);
    expect(usage.app?.maxPercent).toBe(0);
    expect(usage.businessUseCases).toHaveLength(2);
  });
});

describe('leniency and absence', () => {
  it('keeps an absent header apart from 0 %', () => {
    expect(parseUsageHeaders(new Headers())).toEqual({ businessUseCases: [] });
    expect(parseUsageHeaders(new Headers()).app).toBeUndefined();
    expect(parseAppUsage(null)).toBeUndefined();
    expect(parseAppUsage(undefined)).toBeUndefined();
    expect(parseAppUsage('')).toBeUndefined();
    expect(parseBusinessUseCaseUsage(null)).toBeUndefined();
  });

  it('accepts numeric strings and drops garbage field by field', () => {
    expect(parseAppUsage('{"call_count":"95","total_cputime":"12.5","total_time":"lots"}')).toEqual({
      callCount: 95,
      totalCputime: 12.5,
      maxPercent: 95,
    });
    expect(parseAppUsage('{"call_count":-5,"total_cputime":"1e3","total_time":null}')).toBeUndefined();
    expect(parseAppUsage('{"call_count":" 7 ","total_time":true}')).toEqual({ callCount: 7, maxPercent: 7 });
  });

  it.each([
    ['not JSON', 'call_count=100'],
    ['a JSON array', '[{"call_count":100}]'],
    ['a JSON number', '100'],
    ['a JSON string', '"100"'],
    ['JSON null', 'null'],
    ['an object without known fields', '{"foo":1}'],
    ['truncated JSON', '{"call_count":10'],
  ])('treats %s as no X-App-Usage reading', (_label, value) => {
    expect(parseAppUsage(value)).toBeUndefined();
  });

  it('skips bad object ids and bad entries but keeps the good ones', () => {
    const value = JSON.stringify({
      '': [{ call_count: 100 }],
      'not an id!': [{ call_count: 100 }],
      '111': [null, 5, 'x', [], {}, { type: 'whatsapp', call_count: '100' }],
      '222': { type: 'whatsapp', estimated_time_to_regain_access: '2' },
      '333': 'garbage',
      '444': [{ type: 42, total_time: 3 }],
    });
    expect(parseBusinessUseCaseUsage(value)).toEqual([
      { objectId: '111', type: 'whatsapp', reading: { callCount: 100, maxPercent: 100 } },
      { objectId: '222', type: 'whatsapp', reading: { regainAccessMs: 120_000 } },
      { objectId: '444', reading: { totalTime: 3, maxPercent: 3 } },
    ]);
  });

  it('reads more than the documented 32 objects, up to a bound', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${1000 + i}`, [{ call_count: i }]]));
    expect(parseBusinessUseCaseUsage(JSON.stringify(many))).toHaveLength(40);
    const huge = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`${1000 + i}`, [{ call_count: 1 }]]));
    expect(parseBusinessUseCaseUsage(JSON.stringify(huge))).toHaveLength(256);
  });

  it('treats a header source that throws as absent', () => {
    const broken: HeaderSource = {
      get: () => {
        throw new TypeError('boom');
      },
    };
    expect(parseUsageHeaders(broken)).toEqual({ businessUseCases: [] });
  });

  it('flags throttled readings at 100 % or with a wait', () => {
    expect(isThrottledReading(undefined)).toBe(false);
    expect(isThrottledReading({ maxPercent: 99 })).toBe(false);
    expect(isThrottledReading({ maxPercent: 100 })).toBe(true);
    expect(isThrottledReading({ maxPercent: 3, regainAccessMs: 60_000 })).toBe(true);
    expect(isThrottledReading({ regainAccessMs: 0 })).toBe(false);
  });
});

// ---- Fuzzing (reliability.md G13): ≥ 10,000 runs in total, never a throw, always a well-formed result ----------

const OBJECT_ID = /^[0-9A-Za-z_-]{1,128}$/;

function expectWellFormedReading(reading: UsageReading): void {
  const percents: number[] = [];
  for (const [field, value] of Object.entries(reading)) {
    expect(['callCount', 'totalCputime', 'totalTime', 'regainAccessMs', 'maxPercent']).toContain(field);
    expect(typeof value).toBe('number');
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
    if (field === 'callCount' || field === 'totalCputime' || field === 'totalTime') percents.push(value as number);
  }
  expect(reading.maxPercent).toBe(percents.length === 0 ? undefined : Math.max(...percents));
}

function expectWellFormedBuc(list: readonly BusinessUseCaseUsage[] | undefined): void {
  if (list === undefined) return;
  expect(Array.isArray(list)).toBe(true);
  for (const entry of list) {
    expect(entry.objectId).toMatch(OBJECT_ID);
    if (entry.type !== undefined) expect(entry.type).not.toBe('');
    expectWellFormedReading(entry.reading);
  }
}

function parseBoth(value: string): void {
  const app = parseAppUsage(value);
  if (app !== undefined) expectWellFormedReading(app);
  expectWellFormedBuc(parseBusinessUseCaseUsage(value));
}

describe('fuzzing the parsers (never throw; G13)', () => {
  it('survives arbitrary strings and damaged real headers, including non-ASCII (3,000 runs)', () => {
    // Real headers with random text spliced in: near-valid JSON is where hand-written parsers break.
    const damaged = fc
      .tuple(fc.constantFrom(SPEC_APP, SPEC_BUC), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 8 }))
      .map(([header, at, cut, insert]) => {
        const start = at % (header.length + 1);
        return header.slice(0, start) + insert + header.slice(Math.min(header.length, start + (cut % 4)));
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), damaged), parseBoth),
      { numRuns: 3_000 },
    );
  });

  it('survives arbitrary JSON documents (3,000 runs)', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), parseBoth), { numRuns: 3_000 });
  });

  it('survives anything JSON can encode (3,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 4, withBoxedValues: true, withNullPrototype: true }),
        (value) => {
          let text: string | undefined;
          try {
            text = JSON.stringify(value);
          } catch {
            return; // not encodable: nothing to parse
          }
          if (text !== undefined) parseBoth(text);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('reads header-shaped JSON exactly: numbers and numeric strings kept, the rest dropped (2,000 runs)', () => {
    const metric = fc.oneof(
      fc.nat({ max: 1_000 }),
      fc.double({ min: 0, max: 1_000, noNaN: true }),
      fc.nat({ max: 1_000 }).map(String),
      fc.constantFrom(-1, 'abc', '', null, true, [], {}, '12%', '0x10', '1e2', Number.NaN),
    );
    const expected = (value: unknown): number | undefined => {
      if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
      return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
    };
    const entry = fc.record(
      {
        type: fc.constantFrom('whatsapp', 'whatsapp_business_management'),
        call_count: metric,
        total_cputime: metric,
        total_time: metric,
        estimated_time_to_regain_access: metric,
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[0-9]{1,16}$/), fc.array(entry, { maxLength: 3 }), { maxKeys: 40 }), (header) => {
        const parsed = parseBusinessUseCaseUsage(JSON.stringify(header)) ?? [];
        const wanted = Object.entries(header).flatMap(([objectId, entries]) =>
          entries.map((raw) => {
            const callCount = expected(raw.call_count);
            const totalCputime = expected(raw.total_cputime);
            const totalTime = expected(raw.total_time);
            const minutes = expected(raw.estimated_time_to_regain_access);
            const percents = [callCount, totalCputime, totalTime].filter((n) => n !== undefined);
            return {
              objectId,
              type: raw.type,
              callCount,
              totalCputime,
              totalTime,
              regainAccessMs: minutes === undefined ? undefined : minutes * 60_000,
              maxPercent: percents.length === 0 ? undefined : Math.max(...percents),
            };
          }),
        );
        expect(
          parsed.map(({ objectId, type, reading }) => ({
            objectId,
            type,
            callCount: reading.callCount,
            totalCputime: reading.totalCputime,
            totalTime: reading.totalTime,
            regainAccessMs: reading.regainAccessMs,
            maxPercent: reading.maxPercent,
          })),
        ).toEqual(wanted);
      }),
      { numRuns: 2_000 },
    );
  });

  it('parseUsageHeaders never throws, whatever the header source returns (1,000 runs)', () => {
    const answer = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string(), fc.json(), fc.constant('throw'));
    fc.assert(
      fc.property(answer, answer, (appValue, bucValue) => {
        const source: HeaderSource = {
          get: (name) => {
            const value = name === 'x-app-usage' ? appValue : bucValue;
            if (value === 'throw') throw new Error('bad source');
            return value;
          },
        };
        const usage = parseUsageHeaders(source);
        if (usage.app !== undefined) expectWellFormedReading(usage.app);
        expectWellFormedBuc(usage.businessUseCases);
      }),
      { numRuns: 1_000 },
    );
  });
});
