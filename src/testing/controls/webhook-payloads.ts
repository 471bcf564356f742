import type { SimStore } from '../state/store.js';
import type { SimPhoneNumber } from '../state/types.js';

/** A webhook delivery body as Meta sends it (contract §5 envelope). */
export interface WebhookPayload {
  readonly object: 'whatsapp_business_account';
  readonly entry: readonly {
    readonly id: string;
    readonly time: number;
    readonly changes: readonly { readonly field: string; readonly value: Record<string, unknown> }[];
  }[];
}

/** @internal */
export function envelope(wabaId: string, now: number, field: string, value: Record<string, unknown>): WebhookPayload {
  return { object: 'whatsapp_business_account', entry: [{ id: wabaId, time: Math.floor(now / 1000), changes: [{ field, value }] }] };
}

/** `messaging_product` + `metadata` of a messages-field value. @internal */
export function messagesHead(phone: SimPhoneNumber): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: `${phone.cc}${phone.nationalNumber}`, phone_number_id: phone.id },
  };
}

/** A phone by id, or a clear error for the test author. @internal */
export function phoneOrThrow(store: SimStore, phoneNumberId: string): SimPhoneNumber {
  const phone = store.phones.get(phoneNumberId);
  if (!phone) throw new Error(`simulator: unknown phone number id ${phoneNumberId}`);
  return phone;
}
