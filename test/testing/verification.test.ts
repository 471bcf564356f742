import { describe, expect, it } from 'vitest';
import { call, codeOf, DAY, setup, wabaWithNumber } from './helpers.js';

describe('request_code / verify_code', () => {
  it('request_code puts a 6-digit code in the inbox and leaves the number NOT_VERIFIED', async () => {
    const { sim, clock } = setup();
    const { phoneId } = wabaWithNumber(sim);
    const answer = await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'VOICE', language: 'en' });
    expect(answer.body).toEqual({ success: true });
    expect(sim.inbox.messages(phoneId)).toEqual([
      { phoneNumberId: phoneId, method: 'VOICE', code: expect.stringMatching(/^\d{6}$/), language: 'en', at: clock() },
    ]);
    expect(sim.state.codeVerificationStatus(phoneId)).toBe('NOT_VERIFIED');
    const read = await call(sim, 'GET', `/${phoneId}?fields=code_verification_status`);
    expect(read.body.code_verification_status).toBe('NOT_VERIFIED');
  });

  it('validates code_method and language', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'IVR', language: 'en' }))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS' }))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/request_code`, { language: 'en' }))).toBe(100);
    expect(sim.inbox.messages()).toHaveLength(0);
  });

  it('a wrong code gets 136025 without echoing it; the right one makes the number VERIFIED', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS', language: 'en_US' });
    const code = sim.inbox.latestCode(phoneId)!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await call(sim, 'POST', `/${phoneId}/verify_code`, { code: wrongCode });
    expect(wrong.status).toBe(400);
    expect(codeOf(wrong)).toBe(136025);
    expect(JSON.stringify(wrong.body)).not.toContain(wrongCode);
    expect(sim.state.codeVerificationStatus(phoneId)).toBe('NOT_VERIFIED');
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/verify_code`, { code: '12ab' }))).toBe(100);
    expect((await call(sim, 'POST', `/${phoneId}/verify_code`, { code })).body).toEqual({ success: true });
    expect(sim.state.codeVerificationStatus(phoneId)).toBe('VERIFIED');
    // single use
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/verify_code`, { code }))).toBe(136025);
  });

  it('only the latest code is valid', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS', language: 'en' });
    const first = sim.inbox.latestCode(phoneId)!;
    await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS', language: 'en' });
    const second = sim.inbox.latestCode(phoneId)!;
    expect(sim.inbox.messages(phoneId)).toHaveLength(2);
    if (first !== second) expect(codeOf(await call(sim, 'POST', `/${phoneId}/verify_code`, { code: first }))).toBe(136025);
    expect((await call(sim, 'POST', `/${phoneId}/verify_code`, { code: second })).status).toBe(200);
  });

  it('VERIFIED lasts 14 days, then EXPIRED', async () => {
    const { sim, clock } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS', language: 'en' });
    await call(sim, 'POST', `/${phoneId}/verify_code`, { code: sim.inbox.latestCode(phoneId) });
    clock.advance(14 * DAY - 1);
    expect(sim.state.codeVerificationStatus(phoneId)).toBe('VERIFIED');
    clock.advance(1);
    expect(sim.state.codeVerificationStatus(phoneId)).toBe('EXPIRED');
    expect((await call(sim, 'GET', `/${phoneId}?fields=code_verification_status`)).body.code_verification_status).toBe('EXPIRED');
  });
});
