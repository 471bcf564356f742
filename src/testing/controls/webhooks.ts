import { hmacHex } from '../pipeline/auth.js';
import type { SimStore } from '../state/store.js';
import { envelope, messagesHead, phoneOrThrow, type WebhookPayload } from './webhook-payloads.js';

/** Options of {@link Webhooks.status}. */
export interface StatusWebhookOptions {
  /** @default 'delivered' */
  readonly status?: 'sent' | 'delivered' | 'read';
  /** The `wamid` of the message; a random one when omitted. */
  readonly messageId?: string;
  /**
   * The `recipient_identity_key_hash` the business sent with the message. With the number's identity check on,
   * a hash that is no longer the user's turns the status into `failed` with error 137000.
   */
  readonly sentIdentityKeyHash?: string;
}

/**
 * Builds the webhook deliveries Meta would send, for tests of webhook handlers and identity flows. Nothing is
 * sent anywhere: post the payload to your own handler (see {@link Webhooks.request}).
 */
export class Webhooks {
  readonly #store: SimStore;

  /** @internal */
  constructor(store: SimStore) {
    this.#store = store;
  }

  /**
   * An inbound text message (`messages` field) from `waId`; `contacts[0].identity_key_hash` is set when the
   * number's identity check is on. Does not record the message (see `sim.customers.messaged`).
   * @throws {Error} when the phone number id is unknown.
   */
  inboundMessage(phoneNumberId: string, waId: string, options: { readonly text?: string; readonly name?: string } = {}): WebhookPayload {
    const store = this.#store;
    const phone = phoneOrThrow(store, phoneNumberId);
    const now = store.now();
    const contact: Record<string, unknown> = { profile: { name: options.name ?? 'Simulated Customer' }, wa_id: waId };
    if (phone.identityKeyCheck) contact['identity_key_hash'] = store.identityOf(waId);
    return envelope(phone.wabaId, now, 'messages', {
      ...messagesHead(phone),
      contacts: [contact],
      messages: [
        { from: waId, id: store.ids.messageId(), timestamp: String(Math.floor(now / 1000)), type: 'text', text: { body: options.text ?? 'Hello' } },
      ],
    });
  }

  /**
   * A message status (`messages` field, `statuses[]`) for a message the business sent to `waId`. With the
   * identity check on, it carries `recipient_identity_key_hash`; a stale `sentIdentityKeyHash` gives a
   * `failed` status with error 137000 (contract §5).
   * @throws {Error} when the phone number id is unknown.
   * @example
   * const payload = sim.webhooks.status(phoneId, waId, { sentIdentityKeyHash: oldHash });
   * // payload.entry[0].changes[0].value.statuses[0].errors[0].code === 137000
   */
  status(phoneNumberId: string, waId: string, options: StatusWebhookOptions = {}): WebhookPayload {
    const store = this.#store;
    const phone = phoneOrThrow(store, phoneNumberId);
    const now = store.now();
    const current = store.identityOf(waId);
    const mismatch =
      phone.identityKeyCheck && options.sentIdentityKeyHash !== undefined && options.sentIdentityKeyHash !== current;
    const status: Record<string, unknown> = {
      id: options.messageId ?? store.ids.messageId(),
      status: mismatch ? 'failed' : (options.status ?? 'delivered'),
      timestamp: String(Math.floor(now / 1000)),
      recipient_id: waId,
    };
    if (phone.identityKeyCheck) status['recipient_identity_key_hash'] = current;
    if (mismatch) {
      status['errors'] = [
        {
          code: 137000,
          title: 'Identity key hash mismatch',
          message: 'Identity key hash mismatch',
          error_data: {
            details: "The recipient's identity key hash changed: verify the user again before resending without the hash.",
          },
          href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
        },
      ];
    }
    return envelope(phone.wabaId, now, 'messages', { ...messagesHead(phone), statuses: [status] });
  }

  /**
   * A `phone_number_name_update` for the number's latest display-name decision (contract §5).
   * @throws {Error} when the phone number id is unknown.
   */
  phoneNumberNameUpdate(phoneNumberId: string, rejectionReason: string | null = null): WebhookPayload {
    const store = this.#store;
    const phone = phoneOrThrow(store, phoneNumberId);
    const status = phone.newNameStatus ?? phone.nameStatus;
    const decision = status === 'APPROVED' ? 'APPROVED' : status === 'DECLINED' ? 'REJECTED' : 'PENDING';
    return envelope(phone.wabaId, store.now(), 'phone_number_name_update', {
      display_phone_number: `${phone.cc}${phone.nationalNumber}`,
      decision,
      requested_verified_name: phone.newDisplayName ?? phone.verifiedName,
      rejection_reason: decision === 'REJECTED' ? rejectionReason : null,
    });
  }

  /**
   * A `business_capability_update` announcing the business's registered-number cap (per WABA of the business;
   * the first WABA's id is the entry id).
   * @throws {Error} when the business has no WABA.
   */
  businessCapabilityUpdate(businessId: string, maxPhoneNumbersPerBusiness: number): WebhookPayload {
    const waba = [...this.#store.wabas.values()].find((candidate) => candidate.businessId === businessId);
    if (!waba) throw new Error(`simulator: business ${businessId} has no WABA`);
    return envelope(waba.id, this.#store.now(), 'business_capability_update', {
      max_daily_conversations_per_business: waba.messagingLimit,
      max_phone_numbers_per_business: maxPhoneNumbersPerBusiness,
    });
  }

  /**
   * The `X-Hub-Signature-256` value of a body: `sha256=` + hex HMAC-SHA256 with the app secret ([G-WH]).
   * @example
   * const signature = await sim.webhooks.sign(JSON.stringify(payload), appSecret);
   */
  async sign(body: string, appSecret: string): Promise<string> {
    return `sha256=${await hmacHex(appSecret, body)}`;
  }

  /**
   * A signed delivery request, ready for a fetch-style webhook handler.
   * @example
   * const response = await handler(await sim.webhooks.request(payload, { appSecret }));
   */
  async request(payload: WebhookPayload, options: { readonly appSecret: string; readonly url?: string }): Promise<Request> {
    const body = JSON.stringify(payload);
    return new Request(options.url ?? 'https://example.test/webhooks/whatsapp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': await this.sign(body, options.appSecret) },
      body,
    });
  }
}
