/**
 * A least-recently-used map with a hard size cap, so per-scope state in a long-lived process cannot grow
 * without bound (one entry per WABA or phone number ever seen). Internal: not exported from the package.
 * @internal
 */
export class BoundedMap<K, V> {
  readonly #map = new Map<K, V>();
  readonly #maxSize: number;
  /**
   * Called when over the cap, before evicting by age: lets the owner drop the entries that matter least
   * (expired ones, the ones ending soonest). Whatever it leaves over the cap goes least-recently-used first.
   */
  readonly #prune: ((map: Map<K, V>, maxSize: number) => void) | undefined;
  /**
   * The key last inserted, i.e. the map's last (most recent) entry unless `prune` removed it since. A read or write
   * of it needs no re-insert (delete + set): the common case of one number per handler (issue #12 profile).
   */
  #newest: K | undefined;

  constructor(maxSize: number, prune?: (map: Map<K, V>, maxSize: number) => void) {
    this.#maxSize = Math.max(1, Math.floor(maxSize));
    this.#prune = prune;
  }

  get size(): number {
    return this.#map.size;
  }

  /** Reads a value and marks it as recently used. */
  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined && key !== this.#newest) {
      this.#map.delete(key);
      this.#map.set(key, value);
      this.#newest = key;
    }
    return value;
  }

  /** Reads a value without changing its recency (for snapshots). */
  peek(key: K): V | undefined {
    return this.#map.get(key);
  }

  /** Stores a value as the most recently used; evicts (pruned first, then the least recently used) over the cap. */
  set(key: K, value: V): void {
    // Already the last entry: `Map.set` keeps its place and the size is unchanged, so nothing to evict.
    if (key === this.#newest && this.#map.has(key)) {
      this.#map.set(key, value);
      return;
    }
    this.#map.delete(key);
    this.#map.set(key, value);
    this.#newest = key;
    if (this.#map.size <= this.#maxSize) return;
    this.#prune?.(this.#map, this.#maxSize);
    // Map iteration order is insertion order, and `get`/`set` re-insert: the first key is the least recent.
    for (const oldest of this.#map.keys()) {
      if (this.#map.size <= this.#maxSize) break;
      this.#map.delete(oldest);
    }
  }

  delete(key: K): void {
    this.#map.delete(key);
    if (key === this.#newest) this.#newest = undefined;
  }

  entries(): IterableIterator<[K, V]> {
    return this.#map.entries();
  }
}
