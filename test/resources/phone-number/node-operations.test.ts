import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isInvalidRequestError,
  isOutcomeUnknownError,
  isPermissionError,
  isRateLimitError,
} from '../../../src/errors/guards.js';
import { BlockedUsers } from '../../../src/resources/blocked-users/blocked-users.js';
import { BusinessProfile } from '../../../src/resources/business-profile/business-profile.js';
import { CommerceSettings } from '../../../src/resources/commerce/commerce-settings.js';
import { ConversationalAutomation } from '../../../src/resources/conversational-automation/conversational-automation.js';
import { OfficialBusinessAccount } from '../../../src/resources/official-business-account/official-business-account.js';
import { QrCodes } from '../../../src/resources/qr-codes/qr-codes.js';
import { Settings } from '../../../src/resources/settings/settings.js';
import { Verification } from '../../../src/resources/verification/verification.js';
import { captureLogger, makeClient } from '../../helpers/client.js';
import { countRequests, graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from './capture.js';

const phone = () => makeClient().phoneNumber(PHONE);

describe('PhoneNumber sub-resources', () => {
  it('mounts every sub-resource, bound to the number, without sending anything', () => {
    const counter = countRequests();
    const number = phone();
    counter.stop();
    expect(number.verification).toBeInstanceOf(Verification);
    expect(number.settings).toBeInstanceOf(Settings);
    expect(number.businessProfile).toBeInstanceOf(BusinessProfile);
    expect(number.conversationalAutomation).toBeInstanceOf(ConversationalAutomation);
    expect(number.qrCodes).toBeInstanceOf(QrCodes);
    expect(number.blockedUsers).toBeInstanceOf(BlockedUsers);
    expect(number.commerce).toBeInstanceOf(CommerceSettings);
    expect(number.officialBusinessAccount).toBeInstanceOf(OfficialBusinessAccount);
    expect(counter.total()).toBe(0);
  });

  it('sub-resources address the number they were made from', async () => {
    const other = '999000111222333';
    const fake = capture('get', `${NODE.replace(PHONE, other)}/settings`, {});
    await makeClient().phoneNumber(other).settings.retrieve();
    expect(fake.one().path).toBe(`/v23.0/${other}/settings`);
  });
});

describe('PhoneNumber.setPin', () => {
  it('POSTs {pin} to the node, as a string with its leading zeros', async () => {
    const fake = capture('post', NODE);
    await expect(phone().setPin({ pin: '000042' })).resolves.toEqual({ success: true });
    const request = fake.one();
    expect(request.body).toEqual({ pin: '000042' });
    expect(request.query).toEqual({});
  });

  it('keeps any six-digit PIN byte-exact (property)', async () => {
    const bodies: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9]{6}$/), async (pin) => {
        const fake = capture('post', NODE);
        await phone().setPin({ pin });
        bodies.push(fake.one().body);
        expect(fake.one().body).toEqual({ pin });
      }),
      { numRuns: 50 },
    );
    expect(bodies).toHaveLength(50);
  });

  it.each([
    ['five digits', { pin: '12345' }],
    ['a number', { pin: 123456 }],
    ['full-width digits', { pin: '１２３４５６' }],
    ['an extra field', { pin: '123456', enabled: true }],
    ['nothing', {}],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => phone().setPin(params as never));
  });

  it('is sent once: a lost answer is an OutcomeUnknownError with a reconcile hint, never a retry', async () => {
    const fake = capture('post', NODE, () => HttpResponse.error());
    const error = await rejectionOf(makeClient({ maxRetries: 3 }).phoneNumber(PHONE).setPin({ pin: '123456' }));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/is_pin_enabled/);
    expect(fake.seen()).toHaveLength(1);
  });

  it('never shows the PIN in an error, even when Graph echoes it', async () => {
    capture('post', NODE, () => graphError({ code: 100, message: '(#100) Invalid pin 482913', details: 'pin 482913 rejected' }));
    const logger = captureLogger();
    const error = await rejectionOf(makeClient({ logger, logLevel: 'debug' }).phoneNumber(PHONE).setPin({ pin: '482913' }));
    expect(isInvalidRequestError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('482913');
    expect(String((error as Error).message)).not.toContain('482913');
    expect(logger.lines.join('\n')).not.toContain('482913');
  });
});

describe('PhoneNumber.requestDisplayNameChange', () => {
  it('POSTs new_display_name in the JSON body, not in the query string', async () => {
    const fake = capture('post', NODE);
    await phone().requestDisplayNameChange({ new_display_name: 'Lucky Shrub Garden' });
    expect(fake.one().body).toEqual({ new_display_name: 'Lucky Shrub Garden' });
    expect(fake.one().query).toEqual({});
  });

  it.each([
    ['one character', 'L'],
    ['76 characters', 'x'.repeat(76)],
    ['a leading space', ' Lucky Shrub'],
    ['a line break', 'Lucky\nShrub'],
  ])('rejects a name with %s before sending', async (_, name) => {
    await expectRejectedLocally(() => phone().requestDisplayNameChange({ new_display_name: name }));
  });

  it('maps a Graph error (code 100) and sends it once', async () => {
    const fake = capture('post', NODE, () => graphError({ code: 100, details: 'Display name is not allowed' }));
    const error = await rejectionOf(makeClient({ maxRetries: 2 }).phoneNumber(PHONE).requestDisplayNameChange({ new_display_name: 'Lucky Shrub' }));
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toContain('Display name is not allowed');
    expect(fake.seen()).toHaveLength(1);
  });
});

describe('PhoneNumber.displayNameStatus', () => {
  it('reads exactly name_status, new_display_name and new_name_status', async () => {
    const answer = { id: PHONE, name_status: 'APPROVED', new_display_name: 'Lucky Shrub Garden', new_name_status: 'PENDING_REVIEW' };
    const fake = capture('get', NODE, answer);
    await expect(phone().displayNameStatus()).resolves.toEqual(answer);
    expect(fake.one().query).toEqual({ fields: 'name_status,new_display_name,new_name_status' });
  });

  it('keeps unknown review states (open enum)', async () => {
    capture('get', NODE, { id: PHONE, new_name_status: 'SOMETHING_NEW' });
    await expect(phone().displayNameStatus()).resolves.toMatchObject({ new_name_status: 'SOMETHING_NEW' });
  });
});

describe('PhoneNumber.updateWebhookOverride / removeWebhookOverride', () => {
  const uri = 'https://hooks.example.com/whatsapp/106540352242922';

  it('POSTs webhook_configuration {override_callback_uri, verify_token}', async () => {
    const fake = capture('post', NODE);
    await phone().updateWebhookOverride({ override_callback_uri: uri, verify_token: 'my-verify-token-42' });
    expect(fake.one().body).toEqual({ webhook_configuration: { override_callback_uri: uri, verify_token: 'my-verify-token-42' } });
  });

  it('removes the override with override_callback_uri: ""', async () => {
    const fake = capture('post', NODE);
    await phone().removeWebhookOverride();
    expect(fake.one().body).toEqual({ webhook_configuration: { override_callback_uri: '' } });
  });

  it.each([
    ['an http:// URL', { override_callback_uri: 'http://hooks.example.com/x', verify_token: 't' }],
    ['a URL over 200 characters', { override_callback_uri: `https://hooks.example.com/${'a'.repeat(180)}`, verify_token: 't' }],
    ['a relative URL', { override_callback_uri: '/webhook', verify_token: 't' }],
    ['a URL without a domain', { override_callback_uri: 'https://localhost/hook', verify_token: 't' }],
    ['an empty verify token', { override_callback_uri: uri, verify_token: '' }],
    ['no verify token', { override_callback_uri: uri }],
    ['an empty URI (use removeWebhookOverride)', { override_callback_uri: '', verify_token: 't' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => phone().updateWebhookOverride(params as never));
  });

  it('accepts a URL of exactly 200 characters', async () => {
    const exact = `https://hooks.example.com/${'a'.repeat(200 - 'https://hooks.example.com/'.length)}`;
    expect(exact).toHaveLength(200);
    const fake = capture('post', NODE);
    await phone().updateWebhookOverride({ override_callback_uri: exact, verify_token: 't' });
    expect(fake.seen()).toHaveLength(1);
  });

  describe('retries (safe)', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('is retried after a 5xx, since setting the same override twice is harmless', async () => {
      let calls = 0;
      capture('post', NODE, () => (++calls === 1 ? graphError({ status: 500, code: 2, isTransient: true }) : HttpResponse.json({ success: true })));
      const done = makeClient({ maxRetries: 2 }).phoneNumber(PHONE).removeWebhookOverride();
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(done).resolves.toEqual({ success: true });
      expect(calls).toBe(2);
    });
  });

  it('maps a permission error and never shows the verify token', async () => {
    capture('post', NODE, () =>
      graphError({ status: 403, code: 200, message: '(#200) verify_token s3cr3t-verify-token failed', details: 'token s3cr3t-verify-token' }),
    );
    const logger = captureLogger();
    const error = await rejectionOf(
      makeClient({ logger, logLevel: 'debug' }).phoneNumber(PHONE).updateWebhookOverride({ override_callback_uri: uri, verify_token: 's3cr3t-verify-token' }),
    );
    expect(isPermissionError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('s3cr3t-verify-token');
    expect(logger.lines.join('\n')).not.toContain('s3cr3t-verify-token');
  });
});

describe('PhoneNumber.throughput / healthStatus', () => {
  it('throughput() reads the throughput field and returns it', async () => {
    const fake = capture('get', NODE, { id: PHONE, throughput: { level: 'HIGH' } });
    await expect(phone().throughput()).resolves.toEqual({ level: 'HIGH' });
    expect(fake.one().query).toEqual({ fields: 'throughput' });
  });

  it('throughput() is undefined when Graph omits the field', async () => {
    capture('get', NODE, { id: PHONE });
    await expect(phone().throughput()).resolves.toBeUndefined();
  });

  it('healthStatus() reads health_status, typed, keeping unknown values', async () => {
    const health = {
      can_send_message: 'BLOCKED',
      entities: [
        { entity_type: 'PHONE_NUMBER', id: PHONE, can_send_message: 'AVAILABLE' },
        { entity_type: 'WABA', id: '102290129340398', can_send_message: 'BLOCKED', errors: [{ error_code: 141010, error_description: 'x', possible_solution: 'y' }] },
        { entity_type: 'NEW_LAYER', id: '1', can_send_message: 'SOMETIMES' },
      ],
    };
    const fake = capture('get', NODE, { id: PHONE, health_status: health });
    await expect(phone().healthStatus()).resolves.toEqual(health);
    expect(fake.one().query).toEqual({ fields: 'health_status' });
  });

  it('healthStatus() maps a throttle error', async () => {
    capture('get', NODE, () => graphError({ code: 80008, details: 'too many calls' }));
    expect(isRateLimitError(await rejectionOf(phone().healthStatus()))).toBe(true);
  });
});
