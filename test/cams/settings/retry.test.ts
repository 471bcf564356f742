/**
 * Retry classes of the settings surface, the same as on Graph: reads and idempotent sets are `safe` (retried after
 * a transient failure), QR-code creation is `never` (one attempt, whatever happens — its fault matrix is in
 * test/cams/never-retry.test.ts).
 */
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CamsClient } from '../../../src/cams/client.js';
import { settleWithFakeClock } from '../../helpers/clock.js';
import { camsOk, DIGITS, makeCamsClient, useCams } from '../helpers/cams.js';

const PEM = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----';

const SAFE: [string, string, (c: CamsClient) => Promise<unknown>][] = [
  ['businessProfile.retrieve', 'QueryPhoneBusinessProfile', (c) => c.phoneNumber(DIGITS).businessProfile.retrieve()],
  ['businessProfile.update', 'ModifyPhoneBusinessProfile', (c) => c.phoneNumber(DIGITS).businessProfile.update({ about: 'Hi' })],
  ['qrCodes.list', 'ListPhoneMessageQrdl', (c) => c.phoneNumber(DIGITS).qrCodes.list()],
  ['qrCodes.update', 'UpdatePhoneMessageQrdl', (c) => c.phoneNumber(DIGITS).qrCodes.update('ABC', { prefilled_message: 'Hi', generate_qr_image: 'PNG' })],
  ['qrCodes.delete', 'DeletePhoneMessageQrdl', (c) => c.phoneNumber(DIGITS).qrCodes.delete('ABC')],
  ['conversationalAutomation.update', 'UpdateConversationalAutomation', (c) => c.phoneNumber(DIGITS).conversationalAutomation.update({ prompts: [] })],
  ['commerce.update', 'UpdateCommerceSetting', (c) => c.phoneNumber(DIGITS).commerce.update({ is_cart_enabled: true, is_catalog_visible: true })],
  ['webhook.update', 'UpdatePhoneWebhook', (c) => c.phoneNumber(DIGITS).webhook.update({ http: true })],
  ['accountWebhook.update', 'UpdateAccountWebhook', (c) => c.accountWebhook.update({ queue: false })],
  ['flowsEncryption.update', 'UpdatePhoneEncryptionPublicKey', (c) => c.phoneNumber(DIGITS).flowsEncryption.update({ business_public_key: PEM })],
  ['metrics.retrieve', 'GetChatappPhoneNumberMetric', (c) => c.phoneNumber(DIGITS).metrics.retrieve({ start: 1, end: 2 })],
  ['username.update', 'UpdateWhatsappUserName', (c) => c.phoneNumber(DIGITS).username.update({ username: 'lucky' })],
];

describe('settings retry classes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(SAFE)('%s (%s) is safe: retried after a gateway 503', async (_, action, call) => {
    let attempts = 0;
    const sent = useCams(() => {
      attempts += 1;
      return attempts === 1 ? HttpResponse.json({ RequestId: 'R', Code: 'ServiceUnavailable', Message: 'busy' }, { status: 503 }) : camsOk();
    });
    await settleWithFakeClock(call(makeCamsClient({ maxRetries: 2 })));
    expect(sent.map((s) => s.action)).toEqual([action, action]);
  });

  it('qrCodes.create is never retried', async () => {
    const sent = useCams(() => HttpResponse.json({ RequestId: 'R', Code: 'ServiceUnavailable', Message: 'busy' }, { status: 503 }));
    const error = await settleWithFakeClock(makeCamsClient({ maxRetries: 5 }).phoneNumber(DIGITS).qrCodes.create({ prefilled_message: 'Hi' }).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(Error);
    expect(sent).toHaveLength(1);
  });
});
