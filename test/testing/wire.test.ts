import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/testing/index.js';
import { parseFields } from '../../src/testing/wire/fields.js';
import { encodeCursor, paginate } from '../../src/testing/wire/paging.js';
import { Params } from '../../src/testing/wire/params.js';

describe('wire helpers', () => {
  it('parseFields keeps top-level names and ignores sub-selections and modifiers', () => {
    expect(parseFields('a, b{c,d},e.format(SVG),f')).toEqual(['a', 'b', 'e', 'f']);
    expect(parseFields('')).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z_]{1,12}$/), { minLength: 1, maxLength: 8 }), (names) => {
        expect(parseFields(names.join(','))).toEqual(names);
      }),
    );
  });

  it('paginate walks every item exactly once with after cursors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), (count, limit) => {
        const items = Array.from({ length: count }, (_, i) => `id${i}`);
        const seen: string[] = [];
        let after: string | undefined;
        for (let guard = 0; guard < 100; guard += 1) {
          const params = Params.of({ limit: String(limit), ...(after === undefined ? {} : { after }) });
          const page = paginate(items, (x) => x, params, new URL('https://graph.facebook.com/v23.0/1/edge'));
          seen.push(...page.data);
          if (!page.paging?.next) break;
          after = page.paging.cursors.after;
        }
        expect(seen).toEqual(items);
      }),
    );
  });

  it('paginate goes back with the before cursor', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const url = new URL('https://graph.facebook.com/v23.0/1/edge');
    const page = paginate(items, (x) => x, Params.of({ limit: '2', before: encodeCursor('e') }), url);
    expect(page.data).toEqual(['c', 'd']);
  });

  it('Params reads booleans, JSON strings and enums the Graph way', () => {
    const params = Params.of({ yes: 'true', no: false, list: '["x"]', obj: '{"a":1}', bad: '{', mode: 'LIVE' });
    expect(params.bool('yes')).toBe(true);
    expect(params.bool('no')).toBe(false);
    expect(params.array('list')).toEqual(['x']);
    expect(params.object('obj')).toEqual({ a: 1 });
    expect(() => params.json('bad')).toThrow();
    expect(params.oneOf('mode', ['LIVE', 'SANDBOX'] as const)).toBe('LIVE');
    expect(() => params.oneOf('mode', ['SANDBOX'] as const)).toThrow();
  });

  it('manualClock only moves when told to', () => {
    const clock = manualClock(1000);
    expect(clock()).toBe(1000);
    clock.advance(500);
    expect(clock()).toBe(1500);
    clock.set(10);
    expect(clock()).toBe(10);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});
