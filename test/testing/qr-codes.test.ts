import { describe, expect, it } from 'vitest';
import { call, codeOf, registeredNumber, setup } from './helpers.js';

describe('message_qrdls', () => {
  it('creates, reads, lists, updates and deletes QR codes', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const created = await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: 'Show me the deals!', generate_qr_image: 'SVG' });
    expect(created.body).toEqual({
      code: expect.stringMatching(/^[A-Z0-9]{14}$/),
      prefilled_message: 'Show me the deals!',
      deep_link_url: `https://wa.me/message/${created.body.code as string}`,
      qr_image_url: expect.stringMatching(/\.svg$/),
    });
    const code = created.body.code as string;
    const one = await call(sim, 'GET', `/${phoneId}/message_qrdls/${code}`);
    expect(one.body.data).toHaveLength(1);
    expect(one.body.data[0]).toMatchObject({ code, prefilled_message: 'Show me the deals!' });
    const png = await call(sim, 'GET', `/${phoneId}/message_qrdls?fields=code,qr_image_url.format(PNG)&code=${code}`);
    expect(png.body.data[0]).toEqual({ code, qr_image_url: expect.stringMatching(/\.png$/) });
    const updated = await call(sim, 'POST', `/${phoneId}/message_qrdls`, { code, prefilled_message: 'New text' });
    expect(updated.body.prefilled_message).toBe('New text');
    await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: 'Second' });
    const list = await call(sim, 'GET', `/${phoneId}/message_qrdls?limit=1`);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.paging.next).toBeDefined();
    expect((await call(sim, 'DELETE', `/${phoneId}/message_qrdls/${code}`)).body).toEqual({ success: true });
    expect(codeOf(await call(sim, 'GET', `/${phoneId}/message_qrdls/${code}`))).toBe(100);
  });

  it('limits prefilled messages to 140 characters', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    expect((await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: 'x'.repeat(140) })).status).toBe(200);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: 'x'.repeat(141) }))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/message_qrdls`, {}))).toBe(100);
  });

  it('allows 2,000 codes per number', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 2000; i += 1) {
      const answer = await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: `m${i}` });
      if (answer.status !== 200) throw new Error(`create ${i} failed`);
    }
    const over = await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: 'one more' });
    expect(codeOf(over)).toBe(100);
    expect(over.body.error.error_data.details).toContain('2000');
    expect(sim.state.phoneNumber(phoneId)?.qrCodes.size).toBe(2000);
  });
});
