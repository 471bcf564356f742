import { BoundedMap } from '../../limits/bounded-map.js';

/**
 * What an {@link IdentityStore} keeps per business number and customer (`phone_number_id`, `wa_id`).
 *
 * The hash is personal data and a security signal, not a credential; still, wabakit never logs it.
 */
export interface IdentityRecord {
  /** The customer's latest identity key hash, if one was seen since the last mismatch. */
  readonly hash: string | undefined;
  /** False after a 137000 mismatch, until you confirm the customer out of band. */
  readonly trusted: boolean;
  /** Event time (epoch ms) of the webhook the hash came from; older observations are ignored. */
  readonly observedAt: number;
  /** Event time (epoch ms) of the last mismatch; hashes observed before it are stale. */
  readonly untrustedAt?: number | undefined;
}

/**
 * Where the identity check keeps customers' identity key hashes and trust flags, one record per business number
 * and customer. Implement it over Redis, a database or a KV store when several processes (serverless instances)
 * handle webhooks and sends: the memory default is per process.
 *
 * Records are per business number because Meta reports the hash to, and checks it for, the number that talks to
 * the customer, and does not document whether two of your numbers see the same hash: a record shared by numbers
 * could then hand one number the other's hash, and every send of it would fail with 137000.
 *
 * Calls are not atomic together (`get` then `set`): the check tolerates that because hashes carry their event
 * time and older ones are dropped.
 *
 * `wabakit/redis` implements it over Redis, Valkey and Upstash (`createRedisStores(redis).identityStore`, used by a
 * client given `sharedStores`).
 *
 * @example
 * import { createRedisStores } from 'wabakit/redis';
 * const client = new WabaClient({ accessToken, identityStore: createRedisStores(redis).identityStore });
 */
export interface IdentityStore {
  /** The record of a customer of business number `phoneNumberId`, or `undefined` when none was ever stored. */
  get(phoneNumberId: string, waId: string): Promise<IdentityRecord | undefined>;
  /** Stores the customer's latest hash and when it was observed; keeps the trust flag as it is. */
  set(phoneNumberId: string, waId: string, hash: string, observedAt: number): Promise<void>;
  /** Marks the customer untrusted at `at` (epoch ms) and forgets the stale hash. */
  markUntrusted(phoneNumberId: string, waId: string, at: number): Promise<void>;
  /** Marks the customer trusted again (after re-verification out of band); keeps any newer hash. */
  markTrusted(phoneNumberId: string, waId: string): Promise<void>;
}

/** Options of {@link MemoryIdentityStore}. */
export interface MemoryIdentityStoreOptions {
  /** Most records (business number × customer) kept; the least recently used are forgotten beyond it. @default 100_000 */
  readonly maxEntries?: number;
}

/**
 * The in-memory {@link IdentityStore}: per process, bounded (least recently used records are forgotten first).
 * Fine for one long-lived server; serverless functions should pass a shared store.
 *
 * @example
 * const check = new IdentityCheck(client, phoneNumberId, new MemoryIdentityStore({ maxEntries: 10_000 }));
 */
export class MemoryIdentityStore implements IdentityStore {
  // Private (#) so `console.log(store)` / util.inspect never print hashes.
  readonly #records: BoundedMap<string, IdentityRecord>;

  constructor(options: MemoryIdentityStoreOptions = {}) {
    this.#records = new BoundedMap(options.maxEntries ?? 100_000);
  }

  async get(phoneNumberId: string, waId: string): Promise<IdentityRecord | undefined> {
    return this.#records.get(recordKey(phoneNumberId, waId));
  }

  async set(phoneNumberId: string, waId: string, hash: string, observedAt: number): Promise<void> {
    const key = recordKey(phoneNumberId, waId);
    const current = this.#records.get(key);
    this.#records.set(key, { ...current, trusted: current?.trusted ?? true, hash, observedAt });
  }

  async markUntrusted(phoneNumberId: string, waId: string, at: number): Promise<void> {
    const key = recordKey(phoneNumberId, waId);
    const current = this.#records.get(key);
    const untrustedAt = Math.max(current?.untrustedAt ?? at, at);
    this.#records.set(key, { hash: undefined, trusted: false, observedAt: current?.observedAt ?? at, untrustedAt });
  }

  async markTrusted(phoneNumberId: string, waId: string): Promise<void> {
    const key = recordKey(phoneNumberId, waId);
    const current = this.#records.get(key);
    if (current) this.#records.set(key, { ...current, trusted: true });
  }
}

/** One map key per business number and customer (both are digits, so `:` cannot occur inside either). */
function recordKey(phoneNumberId: string, waId: string): string {
  return `${phoneNumberId}:${waId}`;
}
