import { numberCap } from '../state/phone-rules.js';
import type { SimStore } from '../state/store.js';
import { phoneOrThrow, type WebhookPayload } from './webhook-payloads.js';
import type { Webhooks } from './webhooks.js';

/**
 * Meta's side of the reviews: display names, Official Business Account requests, WABA approval and business
 * verification. Each decision takes effect at once and returns the webhook Meta would send, when there is one.
 */
export class Review {
  readonly #store: SimStore;
  readonly #webhooks: Webhooks;

  /** @internal */
  constructor(store: SimStore, webhooks: Webhooks) {
    this.#store = store;
    this.#webhooks = webhooks;
  }

  /**
   * Approves the pending display name: a requested change gets `new_name_status: APPROVED` (it takes effect at
   * the next register, within 14 days); a new number's first name gets `name_status: APPROVED`.
   * @throws {Error} when the id is unknown or nothing is pending review.
   * @example
   * sim.review.approveDisplayName(phoneId);
   */
  approveDisplayName(phoneNumberId: string): WebhookPayload {
    return this.#decideName(phoneNumberId, 'APPROVED', null);
  }

  /**
   * Declines the pending display name (`DECLINED`).
   * @throws {Error} when the id is unknown or nothing is pending review.
   */
  rejectDisplayName(phoneNumberId: string, reason = 'NAME_FORMAT_UNACCEPTABLE'): WebhookPayload {
    return this.#decideName(phoneNumberId, 'DECLINED', reason);
  }

  /**
   * Approves a submitted Official Business Account request (`oba_status: APPROVED`).
   * @throws {Error} when the id is unknown or no request is pending.
   */
  approveOba(phoneNumberId: string): void {
    this.#decideOba(phoneNumberId, 'APPROVED');
  }

  /**
   * Rejects a submitted Official Business Account request (re-apply after 30 days).
   * @throws {Error} when the id is unknown or no request is pending.
   */
  rejectOba(phoneNumberId: string): void {
    this.#decideOba(phoneNumberId, 'REJECTED');
  }

  /**
   * Business verification done: the registered-number cap rises to 20. Returns the
   * `business_capability_update` webhook announcing it.
   * @throws {Error} when the business id is unknown or it has no WABA.
   */
  verifyBusiness(businessId: string): WebhookPayload {
    const business = this.#store.businesses.get(businessId);
    if (!business) throw new Error(`simulator: unknown business id ${businessId}`);
    business.verified = true;
    return this.#webhooks.businessCapabilityUpdate(businessId, numberCap(business));
  }

  /**
   * Sets a WABA's `account_review_status` (numbers can be added to APPROVED WABAs only).
   * @throws {Error} when the WABA id is unknown.
   */
  setWabaReviewStatus(wabaId: string, status: 'APPROVED' | 'PENDING' | 'REJECTED' | 'DEFERRED'): void {
    const waba = this.#store.wabas.get(wabaId);
    if (!waba) throw new Error(`simulator: unknown WABA id ${wabaId}`);
    waba.accountReviewStatus = status;
  }

  #decideName(phoneNumberId: string, decision: 'APPROVED' | 'DECLINED', reason: string | null): WebhookPayload {
    const phone = phoneOrThrow(this.#store, phoneNumberId);
    if (phone.newNameStatus === 'PENDING_REVIEW') {
      phone.newNameStatus = decision;
      phone.nameDecidedAt = this.#store.now();
    } else if (phone.nameStatus === 'PENDING_REVIEW') {
      phone.nameStatus = decision;
    } else {
      throw new Error(`simulator: phone number ${phoneNumberId} has no display name pending review`);
    }
    return this.#webhooks.phoneNumberNameUpdate(phoneNumberId, reason);
  }

  #decideOba(phoneNumberId: string, status: 'APPROVED' | 'REJECTED'): void {
    const phone = phoneOrThrow(this.#store, phoneNumberId);
    if (phone.oba.status !== 'PENDING') throw new Error(`simulator: phone number ${phoneNumberId} has no OBA request pending`);
    phone.oba = { ...phone.oba, status, decidedAt: this.#store.now() };
  }
}
