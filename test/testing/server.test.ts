import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../helpers/server.js';
import { startSimulator } from '../../src/testing/server/index.js';

describe('standalone server', () => {
  it('serves on 127.0.0.1 with a random port, answers global fetch, and closes', async () => {
    const running = await startSimulator({ port: 0, seed: 5 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // The suite's msw server refuses unknown hosts; let loopback traffic through.
      server.use(http.all(`${running.url}/*`, () => passthrough()));
      running.simulator.seed.token('srv-token');
      const waba = running.simulator.seed.waba({ name: 'Over HTTP' });
      const response = await fetch(`${running.url}/v23.0/${waba.id}`, { headers: { authorization: 'Bearer srv-token' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: waba.id, name: 'Over HTTP' });

      const post = await fetch(`${running.url}/v23.0/${waba.id}/phone_numbers`, {
        method: 'POST',
        headers: { authorization: 'Bearer srv-token', 'content-type': 'application/json' },
        body: JSON.stringify({ cc: '1', phone_number: '6315550100', verified_name: 'Shop' }),
      });
      expect(await post.json()).toEqual({ id: expect.any(String) });

      running.simulator.faults.next({ kind: 'reset' });
      await expect(fetch(`${running.url}/v23.0/${waba.id}?access_token=srv-token`)).rejects.toThrow(TypeError);
      running.simulator.faults.next({ kind: 'truncated' });
      const cut = await fetch(`${running.url}/v23.0/${waba.id}?access_token=srv-token&fields=name,currency,timezone_id`);
      await expect(cut.text()).rejects.toThrow();
    } finally {
      await running.close();
    }
    await expect(fetch(`${running.url}/v23.0/1`)).rejects.toThrow();
  });

  it('close() ends hung requests', async () => {
    const running = await startSimulator();
    server.use(http.all(`${running.url}/*`, () => passthrough()));
    running.simulator.faults.next({ kind: 'hang' });
    const pending = fetch(`${running.url}/v23.0/1`).catch((error: unknown) => error);
    // Wait (without a timer) until the simulator has taken the request and consumed the fault.
    for (let i = 0; i < 10_000 && running.simulator.faults.pending > 0; i += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(running.simulator.faults.pending).toBe(0);
    await running.close();
    expect(await pending).toBeInstanceOf(TypeError);
  });
});
