import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebhookPayloadError, WebhookPayloadError } from '../../src/webhooks/errors.js';
import { parseWebhook, parseWebhookChange, type WebhookChange } from '../../src/webhooks/parse.js';
import { fixture, fixtureNames, rawFixture } from './fixtures.js';

function onlyChange(name: string): WebhookChange {
  const payload = parseWebhook(JSON.stringify(fixture(name)));
  expect(payload.object).toBe('whatsapp_business_account');
  expect(payload.entry).toHaveLength(1);
  expect(payload.entry[0]?.changes).toHaveLength(1);
  return payload.entry[0]?.changes[0] as WebhookChange;
}

describe('parseWebhook — Meta\'s documented examples', () => {
  const names = fixtureNames();

  it('has a fixture for every field in scope', () => {
    const fields = new Set(names.map((name) => name.split('.')[0]));
    for (const field of [
      'account_update',
      'phone_number_name_update',
      'phone_number_quality_update',
      'business_capability_update',
      'account_alerts',
      'account_review_update',
      'security',
      'messages',
    ]) {
      expect(fields).toContain(field);
    }
  });

  it.each(names)('%s parses as its field, never as invalid', (name) => {
    const field = name.split('.')[0] as string;
    const change = onlyChange(name);
    expect(change.field).toBe(field);
    expect(change.type).toBe(name.endsWith('unknown-field') ? 'unknown' : field);
  });

  it('account_update: event and its *_info objects are typed', () => {
    const change = onlyChange('account_update.disabled-update');
    if (change.type !== 'account_update') throw new Error(change.type);
    expect(change.value.event).toBe('DISABLED_UPDATE');
    expect(change.value.ban_info).toEqual({ waba_ban_state: 'REINSTATE', waba_ban_date: 'April 17, 2025' });

    const partner = onlyChange('account_update.partner-added');
    if (partner.type !== 'account_update') throw new Error(partner.type);
    expect(partner.value.waba_info?.solution_partner_business_ids).toEqual(['2949482758682047', '520744086200222']);

    const restriction = onlyChange('account_update.account-restriction');
    if (restriction.type !== 'account_update') throw new Error(restriction.type);
    expect(restriction.value.restriction_info?.map((item) => [item.restriction_type, item.expiration])).toEqual([
      ['RESTRICTED_BIZ_INITIATED_MESSAGING', 1641330498],
      ['RESTRICTED_ADD_PHONE_NUMBER_ACTION', 1641330498],
    ]);

    const eligibility = onlyChange('account_update.auth-intl-eligibility');
    if (eligibility.type !== 'account_update') throw new Error(eligibility.type);
    expect(eligibility.value.auth_international_rate_eligibility?.exception_countries?.[0]?.country_code).toBe('ID');

    const tier = onlyChange('account_update.volume-tier');
    if (tier.type !== 'account_update') throw new Error(tier.type);
    expect(tier.value.volume_tier_info?.tier).toBe('25000001:50000000');
  });

  it('phone_number_name_update: decision and a null rejection_reason', () => {
    const change = onlyChange('phone_number_name_update.approved');
    if (change.type !== 'phone_number_name_update') throw new Error(change.type);
    expect(change.value).toMatchObject({ decision: 'APPROVED', requested_verified_name: 'Lucky Shrub', rejection_reason: null });
  });

  it('phone_number_quality_update, business_capability_update (integer limit as in Meta\'s example)', () => {
    const quality = onlyChange('phone_number_quality_update.throughput-upgrade');
    if (quality.type !== 'phone_number_quality_update') throw new Error(quality.type);
    expect(quality.value).toMatchObject({ event: 'THROUGHPUT_UPGRADE', current_limit: 'TIER_UNLIMITED' });

    const capability = onlyChange('business_capability_update.per-waba');
    if (capability.type !== 'business_capability_update') throw new Error(capability.type);
    expect(capability.value).toEqual({ max_daily_conversations_per_business: 2000, max_phone_numbers_per_waba: 25 });
  });

  it('account_alerts, account_review_update, security', () => {
    const alerts = onlyChange('account_alerts.capabilities-deferred');
    if (alerts.type !== 'account_alerts') throw new Error(alerts.type);
    expect(alerts.value.alert_info?.alert_type).toBe('INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED');
    expect(alerts.value.entity_type).toBe('BUSINESS');

    const review = onlyChange('account_review_update.approved');
    if (review.type !== 'account_review_update') throw new Error(review.type);
    expect(review.value.decision).toBe('APPROVED');

    const security = onlyChange('security.pin-reset-request');
    if (security.type !== 'security') throw new Error(security.type);
    expect(security.value).toEqual({ display_phone_number: '15550783881', event: 'PIN_RESET_REQUEST', requester: '61555822107539' });
  });

  it('messages: statuses with errors and recipient_identity_key_hash, contacts with identity_key_hash', () => {
    const failed = onlyChange('messages.status-failed-identity-mismatch');
    if (failed.type !== 'messages') throw new Error(failed.type);
    const status = failed.value.statuses?.[0];
    expect(status?.recipient_identity_key_hash).toBe('DF2lS5v2W6x=');
    expect(status?.errors?.[0]?.code).toBe(137000);

    const incoming = onlyChange('messages.incoming-text-identity-hash');
    if (incoming.type !== 'messages') throw new Error(incoming.type);
    expect(incoming.value.contacts?.[0]?.identity_key_hash).toBe('DF2lS5v2W6x=');
    // Message content is kept even though it is not typed here.
    expect(incoming.value.messages?.[0]).toMatchObject({ type: 'text', text: { body: 'Does it come in another color?' } });

    const system = onlyChange('messages.errors');
    if (system.type !== 'messages') throw new Error(system.type);
    expect(system.value.errors?.[0]?.code).toBe(130429);
  });

  it('unknown fields pass through untouched', () => {
    const change = onlyChange('message_template_quality_update.unknown-field');
    expect(change).toEqual({
      type: 'unknown',
      field: 'message_template_quality_update',
      value: (fixture('message_template_quality_update.unknown-field') as { entry: { changes: { value: unknown }[] }[] }).entry[0]?.changes[0]?.value,
    });
  });

  it('reads the raw escaped-unicode body as bytes', () => {
    const payload = parseWebhook(rawFixture('escaped-unicode.json.txt'));
    const change = payload.entry[0]?.changes[0];
    if (change?.type !== 'messages') throw new Error(String(change?.type));
    expect(change.value.contacts?.[0]?.profile?.name).toBe('Jörg Ährenfeld');
  });
});

describe('parseWebhook — tolerance', () => {
  // Prefixed so a generated key can never be one the schemas already know (e.g. `errors`).
  const extraKey = fc.string({ minLength: 1, maxLength: 12 }).map((key) => `new_${key}`);

  it('keeps the typed result when Meta adds fields at any known object, and keeps the new fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtureNames()), extraKey, fc.jsonValue(), (name, key, extra) => {
        const body = fixture(name) as { entry: { changes: { value: Record<string, unknown> }[] }[] };
        const value = body.entry[0]?.changes[0]?.value as Record<string, unknown>;
        fc.pre(!(key in value));
        value[key] = extra;
        const change = parseWebhookChange(name.split('.')[0] as string, value);
        expect(change.type).not.toBe('invalid');
        expect((change.value as Record<string, unknown>)[key]).toEqual(extra);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts enum values Meta has not documented yet', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (event) => {
        expect(parseWebhookChange('account_update', { event }).type).toBe('account_update');
        expect(parseWebhookChange('phone_number_quality_update', { event, current_limit: event }).type).toBe('phone_number_quality_update');
        expect(parseWebhookChange('messages', { statuses: [{ id: 'wamid.1', status: event }] }).type).toBe('messages');
      }),
      { numRuns: 500 },
    );
  });

  it('passes a known field with an unexpected value as "invalid" with issues, without failing the other changes', () => {
    const payload = parseWebhook({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          time: 1,
          changes: [
            { field: 'account_update', value: { event: 42 } },
            { field: 'account_review_update', value: { decision: 'APPROVED' } },
          ],
        },
      ],
    });
    const [bad, good] = payload.entry[0]?.changes ?? [];
    expect(bad).toMatchObject({ type: 'invalid', field: 'account_update', value: { event: 42 } });
    expect(bad?.type === 'invalid' && bad.issues[0]?.path).toEqual(['event']);
    expect(good?.type).toBe('account_review_update');
  });

  it('treats a missing changes array as no changes', () => {
    expect(parseWebhook({ object: 'whatsapp_business_account', entry: [{ id: '1' }] }).entry[0]?.changes).toEqual([]);
  });
});

describe('parseWebhook — envelope errors', () => {
  it.each([
    ['not JSON', '{"object":', 'invalid-json'],
    ['empty body', '', 'invalid-json'],
    ['JSON array', '[]', 'invalid-envelope'],
    ['no entry', '{"object":"whatsapp_business_account"}', 'invalid-envelope'],
    ['entry id not a string', '{"object":"whatsapp_business_account","entry":[{"id":1,"changes":[]}]}', 'invalid-envelope'],
    ['change without field', '{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{}}]}]}', 'invalid-envelope'],
  ] as const)('%s → %s', (_label, body, reason) => {
    try {
      parseWebhook(body);
      expect.unreachable();
    } catch (error) {
      expect(isWebhookPayloadError(error)).toBe(true);
      expect((error as WebhookPayloadError).reason).toBe(reason);
    }
  });

  it('does not echo the body in the error', () => {
    try {
      parseWebhook('{"object":"whatsapp_business_account","entry":[{"id":1,"secret":"pii-555"}]}');
      expect.unreachable();
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain('pii-555');
      expect(String(error)).toContain('entry.0.id');
    }
  });
});
