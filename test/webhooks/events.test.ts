import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAPIError, isIdentityMismatchError, isRateLimitError } from '../../src/errors/guards.js';
import { canonicalJson, toWebhookEvents, type WebhookEvent } from '../../src/webhooks/events.js';
import { parseWebhook } from '../../src/webhooks/parse.js';
import { fixture } from './fixtures.js';

async function eventsOf(body: unknown): Promise<WebhookEvent[]> {
  return toWebhookEvents(parseWebhook(body as Record<string, unknown>));
}

describe('toWebhookEvents — ids', () => {
  it('statuses get `${wamid}:${status}`, so sent/delivered/read of one message are three events', async () => {
    const sent = await eventsOf(fixture('messages.status-sent-with-identity-hash'));
    const delivered = await eventsOf(fixture('messages.status-delivered'));
    expect(sent.map((event) => event.id)).toEqual(['wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA:sent']);
    expect(delivered.map((event) => event.id)).toEqual(['wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA:delivered']);
    expect(sent[0]).toMatchObject({ kind: 'status', wabaId: '102290129340398', metadata: { phone_number_id: '106540352242922' } });
  });

  it('incoming messages get their wamid and their sender\'s contact (with identity_key_hash)', async () => {
    const [event] = await eventsOf(fixture('messages.incoming-text-identity-hash'));
    expect(event?.kind).toBe('message');
    if (event?.kind !== 'message') return;
    expect(event.id).toBe('wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=');
    expect(event.contact?.identity_key_hash).toBe('DF2lS5v2W6x=');
  });

  it('matches contacts to messages by wa_id when there are several', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: {
        contacts: [{ wa_id: 'A', identity_key_hash: 'hash-a' }, { wa_id: 'B', identity_key_hash: 'hash-b' }],
        messages: [{ id: 'm1', from: 'B' }, { id: 'm2', from: 'A' }, { id: 'm3', from: 'C' }],
      } }] }],
    };
    const events = await eventsOf(body);
    expect(events.map((event) => (event.kind === 'message' ? event.contact?.identity_key_hash : null))).toEqual(['hash-b', 'hash-a', undefined]);
  });

  it('other changes get `${field}:${sha256}` that ignores key order but not content or WABA', async () => {
    const body = fixture('account_update.partner-added');
    const [event] = await eventsOf(body);
    expect(event?.id).toMatch(/^account_update:[0-9a-f]{64}$/);

    const reordered = JSON.parse(JSON.stringify(body), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as unknown;
    expect((await eventsOf(reordered))[0]?.id).toBe(event?.id);

    const otherWaba = structuredClone(body) as { entry: { id: string }[] };
    (otherWaba.entry[0] as { id: string }).id = '999';
    expect((await eventsOf(otherWaba))[0]?.id).not.toBe(event?.id);

    const otherValue = structuredClone(body) as { entry: { changes: { value: { event: string } }[] }[] };
    (otherValue.entry[0]?.changes[0]?.value as { event: string }).event = 'PARTNER_REMOVED';
    expect((await eventsOf(otherValue))[0]?.id).not.toBe(event?.id);
  });

  it('canonicalJson is insensitive to key order at every depth and keeps array order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
          item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).reverse()) : item,
        ) as unknown;
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value ?? null)));
      }),
      { numRuns: 1_000 },
    );
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('keeps payload order and yields one change event per non-messages change', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        { id: 'W1', time: 10, changes: [
          { field: 'account_review_update', value: { decision: 'APPROVED' } },
          { field: 'messages', value: { statuses: [{ id: 's1', status: 'sent' }, { id: 's1', status: 'delivered' }], messages: [{ id: 'm1' }] } },
        ] },
        { id: 'W2', changes: [{ field: 'some_new_field', value: { x: 1 } }] },
      ],
    };
    const events = await eventsOf(body);
    expect(events.map((event) => [event.kind, event.wabaId, event.time])).toEqual([
      ['change', 'W1', 10],
      ['status', 'W1', 10],
      ['status', 'W1', 10],
      ['message', 'W1', 10],
      ['change', 'W2', undefined],
    ]);
  });
});

describe('toWebhookEvents — errors become the transport\'s typed errors', () => {
  it('137000 → IdentityMismatchError (source webhook, do-not-resend), with the hash still on the status', async () => {
    const [event] = await eventsOf(fixture('messages.status-failed-identity-mismatch'));
    if (event?.kind !== 'status') throw new Error(String(event?.kind));
    expect(event.status.recipient_identity_key_hash).toBe('DF2lS5v2W6x=');
    expect(event.errors).toHaveLength(1);
    const [error] = event.errors;
    expect(isIdentityMismatchError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'IdentityMismatchError', code: 137000, source: 'webhook', retryAdvice: 'do-not-resend', title: 'Identity key hash mismatch' });
    expect(error?.status).toBeUndefined();
  });

  it('131026 → APIError with do-not-resend; 133010 → NotRegisteredError', async () => {
    const [undeliverable] = await eventsOf(fixture('messages.status-failed-undeliverable'));
    expect(undeliverable?.errors[0]).toMatchObject({ code: 131026, retryAdvice: 'do-not-resend', details: 'Message Undeliverable.' });
    expect(isAPIError(undeliverable?.errors[0])).toBe(true);

    const [notRegistered] = await eventsOf({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { statuses: [{ id: 'w', status: 'failed', errors: [{ code: 133010, title: 'Phone number Not Registered' }] }] } }] }],
    });
    expect(notRegistered?.errors[0]?.name).toBe('NotRegisteredError');
  });

  it('value.errors (system level) → a change event carrying RateLimitError for 130429', async () => {
    const [event] = await eventsOf(fixture('messages.errors'));
    expect(event?.kind).toBe('change');
    expect(event?.id).toMatch(/^messages:[0-9a-f]{64}$/);
    expect(isRateLimitError(event?.errors[0])).toBe(true);
  });

  it('accepts error_data as a bare string (older payloads) and unknown codes as a plain APIError', async () => {
    const [event] = await eventsOf({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { statuses: [{ id: 'w', status: 'failed', errors: [{ code: 9_999_991, error_data: 'free text' }] }] } }] }],
    });
    expect(event?.errors[0]).toMatchObject({ name: 'APIError', code: 9_999_991, details: 'free text' });
  });

  it('statuses without errors carry an empty list', async () => {
    const [event] = await eventsOf(fixture('messages.status-delivered'));
    expect(event?.errors).toEqual([]);
  });
});
