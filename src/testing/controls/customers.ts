import type { SimStore } from '../state/store.js';
import type { WebhookPayload } from './webhook-payloads.js';
import type { Webhooks } from './webhooks.js';

/**
 * The WhatsApp users around the business numbers: who wrote when (the 24 h rule of block_users) and each
 * user's identity key hash (identity-change check, contract §5).
 */
export class Customers {
  readonly #store: SimStore;
  readonly #webhooks: Webhooks;

  /** @internal */
  constructor(store: SimStore, webhooks: Webhooks) {
    this.#store = store;
    this.#webhooks = webhooks;
  }

  /**
   * Records an inbound message from `waId` to the number now, and returns the `messages` webhook Meta would
   * deliver for it (with `identity_key_hash` when the number's identity check is on).
   * @throws {Error} when the phone number id is unknown.
   * @example
   * sim.customers.messaged(phoneId, '16505551234');
   * // block_users for 16505551234 now succeeds for 24 h
   */
  messaged(phoneNumberId: string, waId: string, options: { readonly text?: string; readonly name?: string } = {}): WebhookPayload {
    const payload = this.#webhooks.inboundMessage(phoneNumberId, waId, options);
    this.#store.phones.get(phoneNumberId)?.lastInbound.set(waId, this.#store.now());
    return payload;
  }

  /**
   * The user reinstalled WhatsApp or changed phones: their identity key hash changes. Returns the new hash.
   * @example
   * const before = sim.customers.identityHash('16505551234');
   * sim.customers.changeIdentity('16505551234'); // a send carrying `before` now fails with 137000
   */
  changeIdentity(waId: string): string {
    const previous = this.#store.identityOf(waId);
    let next = this.#store.ids.identityHash();
    while (next === previous) next = this.#store.ids.identityHash();
    this.#store.identities.set(waId, next);
    return next;
  }

  /** The user's current identity key hash (created on first use). */
  identityHash(waId: string): string {
    return this.#store.identityOf(waId);
  }
}
