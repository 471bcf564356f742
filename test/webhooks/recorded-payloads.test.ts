// Issue #13: payloads other public WhatsApp SDKs recorded (provenance in test/fixtures/webhooks/README.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWebhookEvents } from '../../src/webhooks/events.js';
import { createWebhookHandler } from '../../src/webhooks/handler.js';
import { parseWebhook, parseWebhookChange, type WebhookChange } from '../../src/webhooks/parse.js';
import type { WebhookChangeEvent } from '../../src/webhooks/events.js';
import { fixture, nodeSignature } from './fixtures.js';

const SECRET = 'recorded-app-secret-0b41';

function onlyChange(body: unknown): WebhookChange {
  const change = parseWebhook(body as Record<string, unknown>).entry[0]?.changes[0];
  if (change === undefined) throw new Error('no change');
  return change;
}

function withValue(field: string, value: unknown) {
  return { object: 'whatsapp_business_account', entry: [{ id: '102290129340398', changes: [{ field, value }] }] };
}

describe('account_update ACCOUNT_RESTRICTION with integer expirations (Meta\'s example, pywa)', () => {
  it('parses as account_update; expiration is the number of Unix seconds', () => {
    const change = onlyChange(fixture('account_update.account-restriction'));
    if (change.type !== 'account_update') throw new Error(change.type === 'invalid' ? change.message : change.type);
    expect(change.value.event).toBe('ACCOUNT_RESTRICTION');
    expect(change.value.restriction_info).toEqual([
      { restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1641330498 },
      { restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: 1641330498 },
    ]);
  });

  it('reaches an onChange handler written as docs/webhooks.md shows', async () => {
    const seen: WebhookChangeEvent[] = [];
    const handler = createWebhookHandler({ appSecret: SECRET, verifyToken: 'token-1', onChange: (event) => void seen.push(event) });
    const body = JSON.stringify(fixture('account_update.account-restriction'));
    const response = await handler(
      new Request('https://hooks.example.com/wa', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': nodeSignature(body, SECRET) },
      }),
    );
    expect(response.status).toBe(200);
    const [event] = seen;
    expect(event?.change.type).toBe('account_update');
    if (event?.change.type !== 'account_update') return;
    expect(new Date((event.change.value.restriction_info?.[0]?.expiration ?? 0) * 1000).toISOString()).toBe('2022-01-04T21:08:18.000Z');
  });

  it('accepts the expiration as a string of digits too, and gives the same number', () => {
    const change = parseWebhookChange('account_update', {
      event: 'ACCOUNT_RESTRICTION',
      restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: '1641330498', remediation: 'Appeal' }],
    });
    expect(change.type === 'account_update' && change.value.restriction_info?.[0]).toEqual({
      restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING',
      expiration: 1641330498,
      remediation: 'Appeal',
    });
  });
});

describe('timestamps are Unix seconds as numbers wherever Meta sends them', () => {
  it('messages: statuses[].timestamp, conversation.expiration_timestamp and messages[].timestamp', () => {
    const status = onlyChange(fixture('messages.status-sent-bsuid'));
    if (status.type !== 'messages') throw new Error(status.type);
    expect(status.value.statuses?.[0]?.timestamp).toBe(1504902988);
    expect(status.value.statuses?.[0]?.conversation?.expiration_timestamp).toBe(1504903988);
    const incoming = onlyChange(fixture('messages.incoming-text-identity-hash'));
    if (incoming.type !== 'messages') throw new Error(incoming.type);
    expect(typeof incoming.value.messages?.[0]?.timestamp).toBe('number');
  });

  it('account_update: auth_international_rate_eligibility and volume_tier_info times, in either form', () => {
    const change = parseWebhookChange('account_update', {
      event: 'AUTH_INTL_PRICE_ELIGIBILITY_UPDATE',
      auth_international_rate_eligibility: { start_time: '1748780624', exception_countries: [{ country_code: 'ID', start_time: 1751347424 }] },
      volume_tier_info: { tier_update_time: '1743451903' },
    });
    if (change.type !== 'account_update') throw new Error(change.type);
    expect(change.value.auth_international_rate_eligibility).toEqual({ start_time: 1748780624, exception_countries: [{ country_code: 'ID', start_time: 1751347424 }] });
    expect(change.value.volume_tier_info?.tier_update_time).toBe(1743451903);
  });

  it('entry[].time as a string of digits does not reject the delivery (a 400 makes Meta redeliver for days)', () => {
    const payload = parseWebhook({ object: 'whatsapp_business_account', entry: [{ id: '1', time: '1743451903', changes: [] }] });
    expect(payload.entry[0]?.time).toBe(1743451903);
  });
});

describe('customers known by business-scoped user id (whatsapp-api-js payloads)', () => {
  it('an incoming message with from_user_id only gets the contact with that user_id', async () => {
    const events = await toWebhookEvents(parseWebhook(fixture('messages.incoming-text-bsuid-username')));
    const [event] = events;
    expect(event?.kind).toBe('message');
    if (event?.kind !== 'message') return;
    expect(event.message.from).toBeUndefined();
    expect(event.message.from_user_id).toBe('US.13491208655302741918');
    expect(event.contact).toMatchObject({ user_id: 'US.13491208655302741918', parent_user_id: 'US.ENT.506847293015824', profile: { username: '@testusername' } });
  });

  it('matches by user_id among several contacts', async () => {
    const events = await toWebhookEvents(
      parseWebhook(
        withValue('messages', {
          contacts: [{ user_id: 'US.1', identity_key_hash: 'hash-1' }, { user_id: 'US.2', identity_key_hash: 'hash-2' }],
          messages: [{ id: 'm1', from_user_id: 'US.2' }, { id: 'm2', from_user_id: 'US.1' }, { id: 'm3', from_user_id: 'US.3' }],
        }),
      ),
    );
    expect(events.map((event) => (event.kind === 'message' ? event.contact?.identity_key_hash : null))).toEqual(['hash-2', 'hash-1', undefined]);
  });

  it('a status sent to a BSUID carries recipient_user_id and no recipient_id', async () => {
    const [event] = await toWebhookEvents(parseWebhook(fixture('messages.status-sent-bsuid')));
    if (event?.kind !== 'status') throw new Error(String(event?.kind));
    expect(event.status).toMatchObject({ recipient_user_id: 'US.13491208655302741918', parent_recipient_user_id: 'US.ENT.506847293015824' });
    expect(event.status.recipient_id).toBeUndefined();
  });
});

describe('131051 with details at the top level of the error object', () => {
  it('keeps the details in APIError.details', async () => {
    const [event] = await toWebhookEvents(parseWebhook(fixture('messages.unknown-131051-top-level-details')));
    if (event?.kind !== 'message') throw new Error(String(event?.kind));
    const [error] = event.errors;
    expect(error?.code).toBe(131051);
    expect(error?.details).toBe('Message type is not currently supported');
    expect(error?.title).toBe('Unsupported message type');
  });

  it('prefers error_data.details when both are present', async () => {
    const [event] = await toWebhookEvents(
      parseWebhook(withValue('messages', { messages: [{ id: 'm1', errors: [{ code: 131051, details: 'top', error_data: { details: 'nested' } }] }] })),
    );
    expect(event?.errors[0]?.details).toBe('nested');
  });
});

describe('webhook validation messages name the field and the expected type', () => {
  it('a boolean expiration: full path in the delivery and both accepted forms', () => {
    const change = onlyChange(withValue('account_update', { event: 'ACCOUNT_RESTRICTION', restriction_info: [{ expiration: true }] }));
    if (change.type !== 'invalid') throw new Error(change.type);
    expect(change.issues).toEqual([
      { path: ['restriction_info', 0, 'expiration'], code: 'custom', message: 'expected Unix seconds (an integer or a string of digits), got boolean' },
    ]);
    expect(change.message).toBe(
      'account_update change does not match its schema: entry[0].changes[0].value.restriction_info[0].expiration: expected Unix seconds (an integer or a string of digits), got boolean',
    );
  });

  it('parseWebhookChange paths start at value', () => {
    const change = parseWebhookChange('account_review_update', { decision: 7 });
    expect(change.type === 'invalid' && change.message).toBe('account_review_update change does not match its schema: value.decision: expected string, got integer');
  });

  it('unions list every accepted type', () => {
    const change = parseWebhookChange('business_capability_update', { max_daily_conversations_per_business: false });
    expect(change.type === 'invalid' && change.issues[0]?.message).toBe('expected string or number, got boolean');
  });

  it('envelope errors name the type too', () => {
    expect(() => parseWebhook({ object: 'whatsapp_business_account', entry: [{ id: 5 }] })).toThrow('entry.0.id: expected string, got integer');
  });

  it('never says the bare "Invalid input" for a wrongly typed value anywhere in a known field', () => {
    // Replace one field of a known value by a value of another JSON type; every message must say what was expected.
    const cases = fc.constantFrom<readonly [string, (bad: unknown) => unknown]>(
      ['account_update', (bad: unknown) => ({ event: bad })],
      ['account_update', (bad: unknown) => ({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: bad }] })],
      ['account_update', (bad: unknown) => ({ event: 'X', restriction_info: bad })],
      ['account_review_update', (bad: unknown) => ({ decision: bad })],
      ['phone_number_quality_update', (bad: unknown) => ({ event: 'UPGRADE', max_daily_conversations_per_business: bad })],
      ['messages', (bad: unknown) => ({ statuses: [{ id: 'w', status: 'sent', errors: [{ code: bad }] }] })],
      ['messages', (bad: unknown) => ({ statuses: [{ id: 'w', status: 'sent', timestamp: bad }] })],
      ['messages', (bad: unknown) => ({ messages: [{ id: bad }] })],
      ['security', (bad: unknown) => bad],
    );
    const wrong = fc.oneof(fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.double({ noInteger: true, noDefaultInfinity: true }), fc.object({ maxDepth: 1 }));
    fc.assert(
      fc.property(cases, wrong, ([field, build], bad) => {
        const change = parseWebhookChange(field, build(bad));
        fc.pre(change.type === 'invalid');
        if (change.type !== 'invalid') return;
        for (const issue of change.issues) {
          expect(issue.message).not.toBe('Invalid input');
          expect(issue.message).toMatch(/^expected .+, got [a-zA-Z]+$/);
        }
        expect(change.message).not.toContain('Invalid input');
      }),
      { numRuns: 1_000 },
    );
  });

  it('messages carry the type of the value, never the value', () => {
    fc.assert(
      fc.property(fc.string().map((text) => `pii-${text}`), (secret) => {
        const change = parseWebhookChange('messages', { statuses: [{ id: 'w', status: 'sent', timestamp: secret }] });
        expect(change.type).toBe('invalid');
        if (change.type !== 'invalid') return;
        expect(change.message).toContain('statuses[0].timestamp: expected Unix seconds (an integer or a string of digits), got string');
        expect(JSON.stringify(change.issues)).not.toContain('pii-');
        expect(change.message).not.toContain('pii-');
      }),
      { numRuns: 300 },
    );
  });
});
