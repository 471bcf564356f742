import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_V, register, registeredNumber, setup } from './helpers.js';
import { createSimulator } from '../../src/testing/index.js';

afterEach(() => {
  vi.useRealTimers();
});

const auth = { authorization: 'Bearer test-token' };

describe('fault injection', () => {
  it('reset: fetch rejects with TypeError("fetch failed") whose cause is ECONNRESET', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    sim.faults.next({ path: `/${waba.id}`, kind: 'reset' });
    const error = (await sim.fetch(`${GRAPH_V}/${waba.id}`, { headers: auth }).catch((e: unknown) => e)) as TypeError;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect((error.cause as { code: string }).code).toBe('ECONNRESET');
    expect(sim.faults.pending).toBe(0);
    expect((await sim.fetch(`${GRAPH_V}/${waba.id}`, { headers: auth })).status).toBe(200);
  });

  it('reset after processing: the register went through although the answer was lost', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    await sim.fetch(`${GRAPH_V}/${phoneId}/deregister`, { method: 'POST', headers: auth });
    sim.faults.next({ path: /\/register$/, kind: 'reset', when: 'after' });
    await expect(register(sim, phoneId)).rejects.toThrow('fetch failed');
    expect(sim.state.phoneNumber(phoneId)?.status).toBe('CONNECTED');
  });

  it('hang: no answer until the caller aborts', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    sim.faults.next({ kind: 'hang' });
    const controller = new AbortController();
    const pending = sim.fetch(`${GRAPH_V}/${waba.id}`, { headers: auth, signal: controller.signal });
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('malformed: same status, a body that is not JSON, and the state did change', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    sim.faults.next({ path: 'phone_numbers', method: 'POST', kind: 'malformed' });
    const response = await sim.fetch(`${GRAPH_V}/${waba.id}/phone_numbers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ cc: '1', phone_number: '6315550100', verified_name: 'Shop' }),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
    expect(sim.state.phoneNumbers(waba.id)).toHaveLength(1);
  });

  it('truncated: the body stream fails half way', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    sim.faults.next({ kind: 'truncated' });
    const response = await sim.fetch(`${GRAPH_V}/${waba.id}?fields=name,currency,timezone_id`, { headers: auth });
    expect(response.status).toBe(200);
    const error = (await response.text().catch((e: unknown) => e)) as TypeError;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('terminated');
  });

  it('500, 503 and a chosen Graph code answer Meta-shaped errors without touching the state', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    sim.faults.next({ kind: '500' });
    sim.faults.next({ kind: '503' });
    sim.faults.next({ path: /\/register$/, kind: { graphCode: 133004, details: 'try later' } });
    const first = await sim.fetch(`${GRAPH_V}/${phoneId}`, { headers: auth });
    expect(first.status).toBe(500);
    expect(await first.json()).toMatchObject({ error: { code: 131000, is_transient: true, type: 'OAuthException' } });
    const second = await sim.fetch(`${GRAPH_V}/${phoneId}`, { headers: auth });
    expect(second.status).toBe(503);
    expect(await second.json()).toMatchObject({ error: { code: 2 } });
    await sim.fetch(`${GRAPH_V}/${phoneId}/deregister`, { method: 'POST', headers: auth });
    const third = await register(sim, phoneId);
    expect(third.status).toBe(503);
    expect(third.body.error).toMatchObject({
      code: 133004,
      message: '(#133004) Server Temporarily Unavailable',
      error_data: { messaging_product: 'whatsapp', details: 'try later' },
    });
    expect(sim.state.phoneNumber(phoneId)?.status).toBe('DISCONNECTED');
  });

  it('a raw answer, e.g. a proxy page', async () => {
    const { sim } = setup();
    sim.faults.next({ kind: { status: 502, body: '<html>Bad gateway</html>' }, times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const response = await sim.fetch(`${GRAPH_V}/1`, { headers: auth });
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toContain('text/html');
    }
    expect((await sim.fetch(`${GRAPH_V}/1`, { headers: auth })).status).toBe(400);
  });

  it('random rates fail about the configured share of requests, deterministically', async () => {
    const run = async () => {
      const sim = createSimulator({ seed: 3, faults: { errorRate5xx: 0.3, resetRate: 0.2 } });
      sim.seed.token('test-token');
      const waba = sim.seed.waba();
      const results: string[] = [];
      for (let i = 0; i < 200; i += 1) {
        const result = await sim.fetch(`${GRAPH_V}/${waba.id}`, { headers: auth }).then(
          (r) => String(r.status),
          () => 'reset',
        );
        results.push(result);
      }
      return results;
    };
    const results = await run();
    const resets = results.filter((r) => r === 'reset').length;
    const errors = results.filter((r) => r === '500' || r === '503').length;
    expect(resets).toBeGreaterThan(20);
    expect(resets).toBeLessThan(60);
    expect(errors).toBeGreaterThan(40);
    expect(errors).toBeLessThan(80);
    expect(await run()).toEqual(results);
  });

  it('latency delays answers on the (fake) timer clock', async () => {
    vi.useFakeTimers();
    const { sim } = setup({ faults: { latencyMs: 250 } });
    const waba = sim.seed.waba();
    let done = false;
    const pending = sim.fetch(`${GRAPH_V}/${waba.id}`, { headers: auth }).then((r) => {
      done = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('validates rates and can be reconfigured or cleared', async () => {
    expect(() => createSimulator({ faults: { resetRate: 1.5 } })).toThrow(RangeError);
    const { sim } = setup();
    expect(() => sim.faults.configure({ latencyMs: [10, 5] })).toThrow(RangeError);
    expect(() => sim.faults.next({ kind: 'reset', times: 0 })).toThrow(RangeError);
    sim.faults.configure({ resetRate: 1 });
    await expect(sim.fetch(`${GRAPH_V}/1`, { headers: auth })).rejects.toThrow('fetch failed');
    sim.faults.next({ kind: 'hang' });
    sim.faults.clear();
    expect(sim.faults.pending).toBe(0);
    expect((await sim.fetch(`${GRAPH_V}/1`, { headers: auth })).status).toBe(400);
  });
});
