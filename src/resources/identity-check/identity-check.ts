import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import type { IdentityMismatchError } from '../../errors/api-error.js';
import { errorFromWebhook, type WebhookErrorObject } from '../../errors/from-webhook.js';
import { isIdentityMismatchError } from '../../errors/guards.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { PhoneNumberId } from '../../schemas/ids.js';
import { APIResource } from '../resource.js';
import { epochMs, IDENTITY_MISMATCH_CODE, identityObservations, statusesOf } from './extract.js';
import { MemoryIdentityStore, type IdentityStore } from './identity-store.js';

// Contract §3.5 / §8: the setting is `enable_identity_key_check` ([OA23]'s `enabled` is wrong).
const IdentityCheckSettings = z.strictObject({
  user_identity_change: z.strictObject({ enable_identity_key_check: z.boolean() }),
});
const WaId = z.string('wa_id must be a string').check(z.regex(/^[0-9]{1,20}$/, 'wa_id must be the customer WhatsApp id: 1 to 20 digits'));

/** A customer whose send failed with 137000, as found by {@link IdentityCheck.processWebhook}. */
export interface IdentityMismatch {
  readonly waId: string;
  readonly error: IdentityMismatchError;
}

/**
 * The identity change check of one business number: `phone.identityCheck` — sends only reach the customer whose
 * identity key you last saw (contract §5 "137000", domain "Identity change check").
 *
 * With the check on, Meta puts a hash of each customer's identity key in webhooks. Attach it to sends as
 * `recipient_identity_key_hash` (from {@link IdentityCheck.hashFor}); if the customer's key changed (new phone, reinstall, or
 * someone else), Meta does not deliver and reports 137000 in a status webhook. Then the customer is untrusted:
 * `hashFor` gives `undefined` (so a resend goes without hash) only after you re-verified them out of band and
 * called {@link IdentityCheck.confirmReverified}; until then, do not resend.
 *
 * Hashes are kept in an {@link IdentityStore} (memory by default; pass a shared one for serverless) and are
 * never logged or put in an error message.
 *
 * @example
 * const check = new IdentityCheck(client, '106540352242922', redisIdentityStore);
 * await check.enable();
 * // webhook handler:
 * const { mismatches } = await check.processWebhook(payload);
 * for (const { waId } of mismatches) await flagForReverification(waId);
 * // sending:
 * const hash = await check.hashFor('16505551234');
 */
export class IdentityCheck extends APIResource {
  /** The business phone number id. */
  readonly phoneNumberId: string;
  readonly #store: IdentityStore;

  /**
   * @param store where hashes and trust flags live. @default new MemoryIdentityStore()
   * @throws {ValidationError} when `phoneNumberId` is not a numeric Graph id.
   */
  constructor(client: GraphRequester, phoneNumberId: string, store: IdentityStore = new MemoryIdentityStore()) {
    super(client);
    this.phoneNumberId = parseOrThrow(PhoneNumberId, phoneNumberId, 'request', { subject: 'phone number id' });
    this.#store = store;
  }

  /**
   * Turns the identity change check on for the number (`user_identity_change.enable_identity_key_check: true`).
   *
   * Safe: setting a value is idempotent, so it is retried on connection errors, 5xx and throttles.
   *
   * @throws {APIError} mapped Graph errors, e.g. `PermissionError`.
   * @example
   * await check.enable();
   */
  enable(options?: RequestOptions): Promise<SuccessResponse> {
    return this.#setEnabled(true, options);
  }

  /**
   * Turns the identity change check off: webhooks stop carrying hashes and sends are no longer checked.
   *
   * Safe: idempotent, retried like `enable()`.
   *
   * @example
   * await check.disable();
   */
  disable(options?: RequestOptions): Promise<SuccessResponse> {
    return this.#setEnabled(false, options);
  }

  /**
   * Stores the identity key hashes a webhook payload carries — `contacts[].identity_key_hash` of incoming
   * messages and `statuses[].recipient_identity_key_hash` — keeping only the newest per customer. Returns how
   * many hashes were stored.
   *
   * Accepts the whole webhook body, one change `value`, or a change. Skips changes of other phone numbers,
   * hashes older than the one stored or than the customer's last mismatch, and the stale hash that a 137000
   * status echoes back. Never throws on malformed payloads (they are skipped).
   *
   * @example
   * await check.captureFromWebhook(JSON.parse(rawBody));
   */
  async captureFromWebhook(payload: unknown): Promise<number> {
    let stored = 0;
    for (const observation of identityObservations(payload)) {
      if (observation.phoneNumberId !== undefined && observation.phoneNumberId !== this.phoneNumberId) continue;
      const observedAt = observation.observedAt ?? Date.now();
      const current = await this.#store.get(this.phoneNumberId, observation.waId);
      if (current && current.observedAt > observedAt) continue;
      if (current?.untrustedAt !== undefined && observedAt <= current.untrustedAt) continue;
      await this.#store.set(this.phoneNumberId, observation.waId, observation.hash, observedAt);
      stored += 1;
    }
    return stored;
  }

  /**
   * The hash to send as `recipient_identity_key_hash` to this customer, or `undefined` to send without one:
   * when no hash was seen yet, or while the customer is untrusted after a mismatch.
   *
   * @throws {ValidationError} when `waId` is not a WhatsApp id (digits).
   * @example
   * const hash = await check.hashFor(to);
   * await send({ to, ...(hash ? { recipient_identity_key_hash: hash } : {}) });
   */
  async hashFor(waId: string): Promise<string | undefined> {
    const record = await this.#store.get(this.phoneNumberId, this.#waId(waId));
    return record?.trusted === false ? undefined : record?.hash;
  }

  /**
   * False while the customer is untrusted after a 137000 mismatch (until {@link IdentityCheck.confirmReverified}).
   *
   * @example
   * if (!(await check.isTrusted(waId))) return askSupportToReverify(waId);
   */
  async isTrusted(waId: string): Promise<boolean> {
    return (await this.#store.get(this.phoneNumberId, this.#waId(waId)))?.trusted !== false;
  }

  /**
   * Looks at one status of a `messages` webhook: when it reports 137000, returns the typed
   * `IdentityMismatchError` and marks the customer (`recipient_id`) untrusted, dropping the stale hash.
   * Returns `undefined` for any other status. The error message never contains the hash.
   *
   * Never resends anything: per Meta, re-verify the customer out of band, then call {@link IdentityCheck.confirmReverified}
   * and resend without a hash.
   *
   * @example
   * for (const status of value.statuses ?? []) {
   *   const mismatch = await check.handleStatusError(status);
   *   if (mismatch) await queueReverification(status.recipient_id, mismatch.fbtraceId);
   * }
   */
  async handleStatusError(status: unknown): Promise<IdentityMismatchError | undefined> {
    if (typeof status !== 'object' || status === null) return undefined;
    const record = status as Record<string, unknown>;
    const raw = Array.isArray(record['errors'])
      ? (record['errors'] as unknown[]).find((e) => typeof e === 'object' && e !== null && (e as Record<string, unknown>)['code'] === IDENTITY_MISMATCH_CODE)
      : undefined;
    const waId = record['recipient_id'];
    if (raw === undefined || typeof waId !== 'string' || !/^[0-9]{1,20}$/.test(waId)) return undefined;
    const hash = typeof record['recipient_identity_key_hash'] === 'string' ? record['recipient_identity_key_hash'] : undefined;
    const error = errorFromWebhook(raw as WebhookErrorObject, {
      // Meta's texts do not quote the hash today; remove it anyway, in case they start to.
      redact: (text) => (hash && hash.length >= 4 ? text.split(hash).join('[REDACTED]') : text),
    });
    if (!isIdentityMismatchError(error)) return undefined;
    // Mismatch statuses can arrive out of order: the latest one decides which hashes are stale.
    const at = epochMs(record['timestamp']) ?? Date.now();
    const previous = (await this.#store.get(this.phoneNumberId, waId))?.untrustedAt;
    await this.#store.markUntrusted(this.phoneNumberId, waId, previous === undefined ? at : Math.max(previous, at));
    return error;
  }

  /**
   * Captures the payload's hashes and handles every status that reports 137000: `captureFromWebhook` plus
   * `handleStatusError` for each status of this number, in one call for a webhook handler.
   *
   * @example
   * const { captured, mismatches } = await check.processWebhook(payload);
   */
  async processWebhook(payload: unknown): Promise<{ captured: number; mismatches: IdentityMismatch[] }> {
    const mismatches: IdentityMismatch[] = [];
    for (const { status, phoneNumberId } of statusesOf(payload)) {
      if (phoneNumberId !== undefined && phoneNumberId !== this.phoneNumberId) continue;
      const error = await this.handleStatusError(status);
      if (error) mismatches.push({ waId: status['recipient_id'] as string, error });
    }
    const captured = await this.captureFromWebhook(payload);
    return { captured, mismatches };
  }

  /**
   * Marks the customer trusted again after you re-verified them out of band. The next send goes without hash
   * unless a newer hash was captured since the mismatch; the status webhook of that send brings the new hash.
   *
   * @throws {ValidationError} when `waId` is not a WhatsApp id (digits).
   * @example
   * await check.confirmReverified('16505551234');
   */
  async confirmReverified(waId: string): Promise<void> {
    await this.#store.markTrusted(this.phoneNumberId, this.#waId(waId));
  }

  #waId(waId: string): string {
    return parseOrThrow(WaId, waId, 'request', { subject: 'customer wa_id' });
  }

  #setEnabled(enabled: boolean, options: RequestOptions | undefined): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: enabled ? 'IdentityCheck.enable' : 'IdentityCheck.disable',
        method: 'POST',
        path: path`${this.phoneNumberId}/settings`,
        retry: 'safe',
        params: { schema: IdentityCheckSettings, value: { user_identity_change: { enable_identity_key_check: enabled } }, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.phoneNumberId],
      },
      options,
    );
  }
}

/**
 * The identity check of a number, with the client's `identityStore` (in memory unless you configured one) unless
 * you pass a store — the factory behind `phone.identityCheck`.
 *
 * @throws {ValidationError} when `phoneNumberId` is not a numeric Graph id.
 * @example
 * const check = identityCheckFor(client, '106540352242922');
 */
export function identityCheckFor(client: GraphRequester, phoneNumberId: string, store?: IdentityStore): IdentityCheck {
  return new IdentityCheck(client, phoneNumberId, store ?? client.sharedIdentityStore(() => new MemoryIdentityStore()));
}
