import type { IdentityRecord, IdentityStore } from '../resources/identity-check/identity-store.js';
import { tagSafe } from './redis-cooldown-store.js';
import { runScript, type ScriptRunner } from './run-script.js';
import { SCRIPTS } from './scripts.js';

/**
 * Identity hashes in Redis: one hash per business number and customer
 * (`wabakit:v1:{<phone_number_id>:<wa_id>}:identity`), each method one script with the same semantics as
 * `MemoryIdentityStore`. The hash is stored behind an `h:` prefix, so a REST client that JSON-parses replies cannot
 * turn an all-digit hash into a number.
 * @internal
 */
export class RedisIdentityStore implements IdentityStore {
  readonly #runner: ScriptRunner;
  readonly #prefix: string;
  readonly #ttlMs: number;

  constructor(runner: ScriptRunner, prefix: string, ttlMs: number) {
    this.#runner = runner;
    this.#prefix = prefix;
    this.#ttlMs = ttlMs;
  }

  async get(phoneNumberId: string, waId: string): Promise<IdentityRecord | undefined> {
    const reply = await runScript(this.#runner, 'identity', SCRIPTS.identityGet, [this.#key(phoneNumberId, waId)], []);
    if (!Array.isArray(reply)) return undefined;
    const [hash, trusted, observedAt, untrustedAt] = reply.map((value) => (value === null || value === undefined ? undefined : String(value)));
    if (trusted === undefined && observedAt === undefined) return undefined;
    return {
      hash: hash?.startsWith('h:') === true ? hash.slice(2) : undefined,
      trusted: trusted === '1',
      observedAt: Number(observedAt ?? 0),
      ...(untrustedAt === undefined ? {} : { untrustedAt: Number(untrustedAt) }),
    };
  }

  async set(phoneNumberId: string, waId: string, hash: string, observedAt: number): Promise<void> {
    await runScript(this.#runner, 'identity', SCRIPTS.identitySet, [this.#key(phoneNumberId, waId)], [hash, String(observedAt), String(this.#ttlMs)]);
  }

  async markUntrusted(phoneNumberId: string, waId: string, at: number): Promise<void> {
    await runScript(this.#runner, 'identity', SCRIPTS.identityUntrust, [this.#key(phoneNumberId, waId)], [String(at), String(this.#ttlMs)]);
  }

  async markTrusted(phoneNumberId: string, waId: string): Promise<void> {
    await runScript(this.#runner, 'identity', SCRIPTS.identityTrust, [this.#key(phoneNumberId, waId)], []);
  }

  #key(phoneNumberId: string, waId: string): string {
    return `${this.#prefix}wabakit:v1:{${tagSafe(phoneNumberId)}:${tagSafe(waId)}}:identity`;
  }
}
