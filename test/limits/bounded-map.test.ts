import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/limits/bounded-map.js';

/** The reference LRU: every read and write re-inserts, eviction from the front. */
class ModelLru {
  readonly map = new Map<number, number>();
  constructor(readonly maxSize: number, readonly prune?: (map: Map<number, number>) => void) {}
  get(key: number) {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: number, value: number) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size <= this.maxSize) return;
    this.prune?.(this.map);
    for (const oldest of this.map.keys()) {
      if (this.map.size <= this.maxSize) break;
      this.map.delete(oldest);
    }
  }
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 6 }), value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('peek' as const), key: fc.integer({ min: 0, max: 6 }) }),
);

describe('BoundedMap (LRU with a cap; the most recent key is not re-inserted)', () => {
  it('keeps exactly the entries, order and values of a plain re-inserting LRU, with and without a pruner', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.array(op, { maxLength: 60 }), (maxSize, pruneEven, ops) => {
        // The pruner may remove any entry, the newest included (the guard's drops expired cool-downs).
        const prune = pruneEven ? (map: Map<number, number>) => { for (const key of map.keys()) if (key % 2 === 0) map.delete(key); } : undefined;
        const subject = new BoundedMap<number, number>(maxSize, prune);
        const model = new ModelLru(maxSize, prune);
        for (const step of ops) {
          if (step.kind === 'get') expect(subject.get(step.key)).toBe(model.get(step.key));
          else if (step.kind === 'peek') expect(subject.peek(step.key)).toBe(model.map.get(step.key));
          else if (step.kind === 'delete') {
            subject.delete(step.key);
            model.map.delete(step.key);
          } else {
            subject.set(step.key, step.value);
            model.set(step.key, step.value);
          }
          expect([...subject.entries()]).toEqual([...model.map.entries()]);
          expect(subject.size).toBe(model.map.size);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('repeated reads and writes of the newest key keep it last and update its value', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('b', 3);
    expect(map.get('b')).toBe(3);
    map.set('c', 4); // evicts a, the least recent
    expect([...map.entries()]).toEqual([['b', 3], ['c', 4]]);
  });
});
