import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallHours, HolidaySchedule, SettingsCallingParams, WeeklyOperatingHours } from '../../../src/resources/settings/calling-schemas.js';

const hhmm = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ h, m }) => `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(2));

describe('calling schemas (properties)', () => {
  it('a window is valid exactly when open < close, for every pair of HHMM times', () => {
    fc.assert(
      fc.property(hhmm, hhmm, (open_time, close_time) => {
        const ok = WeeklyOperatingHours.safeParse({ day_of_week: 'MONDAY', open_time, close_time }).success;
        expect(ok).toBe(minutes(open_time) < minutes(close_time));
      }),
      { numRuns: 2_000 },
    );
  });

  it('two windows of one day are accepted exactly when they do not overlap (reference model)', () => {
    const window = fc.tuple(hhmm, hhmm).filter(([a, b]) => minutes(a) < minutes(b));
    fc.assert(
      fc.property(window, window, ([o1, c1], [o2, c2]) => {
        const result = CallHours.safeParse({
          status: 'ENABLED',
          timezone_id: 'Asia/Kolkata',
          weekly_operating_hours: [
            { day_of_week: 'SUNDAY', open_time: o1, close_time: c1 },
            { day_of_week: 'SUNDAY', open_time: o2, close_time: c2 },
          ],
        });
        const overlap = Math.max(minutes(o1), minutes(o2)) < Math.min(minutes(c1), minutes(c2));
        expect(result.success).toBe(!overlap);
      }),
      { numRuns: 2_000 },
    );
  });

  it('rejects any time string that is not four digits of a real 24-hour time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (time) => {
        const valid = /^(?:[01][0-9]|2[0-3])[0-5][0-9]$/.test(time);
        expect(HolidaySchedule.safeParse({ date: '2026-05-01', start_time: time, end_time: '2359' }).success).toBe(valid && time < '2359');
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts exactly the dates that exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(HolidaySchedule.safeParse({ date, start_time: '0000', end_time: '2359' }).success).toBe(exists);
      }),
      { numRuns: 2_000 },
    );
  });

  it('validation messages never echo the values', () => {
    const result = SettingsCallingParams.safeParse({ call_hours: { status: 'ENABLED', timezone_id: 'Secret/Zone_4711', weekly_operating_hours: [] } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues.map((i) => i.message))).not.toContain('4711');
  });
});
