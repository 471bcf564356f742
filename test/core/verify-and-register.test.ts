/**
 * The fused verify-and-register step on Graph (issue #9 §2): one method named for what it does, which verifies and
 * then registers — never registering as a hidden side effect of another name — with the register half counted by
 * the registration guard, and the same step in the resumable flow.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isRegistrationQuotaError, isValidationError } from '../../src/errors/guards.js';
import { makeClient } from '../helpers/client.js';
import { GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const PHONE = '106540352242922';

function useGraph(verify: () => Response = () => HttpResponse.json({ success: true })) {
  const sent: { path: string; body: unknown }[] = [];
  let verification = 'NOT_VERIFIED';
  server.use(
    http.all(`${GRAPH}/*`, async ({ request }) => {
      const path = new URL(request.url).pathname;
      const text = await request.text();
      sent.push({ path, body: text ? (JSON.parse(text) as unknown) : undefined });
      if (path.endsWith('/verify_code')) {
        const answer = verify();
        if (answer.ok) verification = 'VERIFIED';
        return answer;
      }
      if (request.method === 'GET') return HttpResponse.json({ id: PHONE, status: 'PENDING', code_verification_status: verification, display_phone_number: '+65 8123 4567' });
      return HttpResponse.json({ success: true });
    }),
  );
  return sent;
}

describe('phone.verifyAndRegister on Graph', () => {
  it('sends verify_code with the code, then register with the PIN and messaging_product', async () => {
    const sent = useGraph();
    await expect(makeClient().phoneNumber(PHONE).verifyAndRegister({ code: '004821', pin: '012345', data_localization_region: 'SG' })).resolves.toEqual({ success: true });
    expect(sent).toEqual([
      { path: `/v23.0/${PHONE}/verify_code`, body: { code: '004821' } },
      { path: `/v23.0/${PHONE}/register`, body: { messaging_product: 'whatsapp', pin: '012345', data_localization_region: 'SG' } },
    ]);
  });

  it('does not register when the code is wrong', async () => {
    const sent = useGraph(() => graphError({ code: 136025, message: 'Verify code error' }));
    await expect(makeClient().phoneNumber(PHONE).verifyAndRegister({ code: '004821', pin: '012345' })).rejects.toMatchObject({ code: 136025 });
    expect(sent.map((s) => s.path)).toEqual([`/v23.0/${PHONE}/verify_code`]);
  });

  it('checks the PIN before sending anything', async () => {
    const sent = useGraph();
    await expect(makeClient().phoneNumber(PHONE).verifyAndRegister({ code: '004821', pin: '12345' })).rejects.toSatisfy(isValidationError);
    expect(sent).toHaveLength(0);
  });

  it('counts the register half in the registration guard', async () => {
    useGraph();
    const client = makeClient({ registrationGuard: { limit: 1 } });
    await client.phoneNumber(PHONE).verifyAndRegister({ code: '004821', pin: '012345' });
    await expect(client.phoneNumber(PHONE).register({ pin: '012345' })).rejects.toSatisfy(isRegistrationQuotaError);
  });
});

describe('flow.verifyAndRegister on Graph', () => {
  it('writes the verified, then the registered checkpoint', async () => {
    const sent = useGraph();
    const steps: string[] = [];
    const checkpoint = {
      version: 1, kind: 'onboarding', wabaId: '102290129340398', phoneNumberId: PHONE, cc: '65', phone_number: '81234567',
      step: 'code-requested', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z',
    };
    const { done } = await makeClient().onboarding.resume(checkpoint, { onCheckpoint: (c) => void steps.push(c.step) }).verifyAndRegister({ code: '004821', pin: '012345' });
    expect(done).toBe(true);
    expect(steps).toEqual(['verified', 'registered']);
    expect(sent.filter((s) => !s.path.endsWith(PHONE)).map((s) => s.path)).toEqual([`/v23.0/${PHONE}/verify_code`, `/v23.0/${PHONE}/register`]);
  });
});
