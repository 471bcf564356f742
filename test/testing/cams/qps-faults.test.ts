import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, REGISTERED, setupCams, signedRequest, UNREGISTERED } from './helpers.js';

const phone = { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED };

describe('CAMS simulator: QPS (contract §3.5)', () => {
  it('is off by default', async () => {
    const s = setupCams();
    for (let i = 0; i < 12; i += 1) expectOk(await camsCall(s, 'ListPhoneMessageQrdl', phone), false);
  });

  it('qps: true enforces the documented per-user rate per action with Throttling.User, per second of the clock', async () => {
    const s = setupCams({ qps: true });
    for (let i = 0; i < 5; i += 1) expectOk(await camsCall(s, 'ListPhoneMessageQrdl', phone), false);
    const throttled = expectGateway(await camsCall(s, 'ListPhoneMessageQrdl', phone), 'Throttling.User');
    expect(throttled.Message).toBe('Request was denied due to user flow control.');
    // Another action has its own budget (10/s); another account too.
    for (let i = 0; i < 10; i += 1) expectOk(await camsCall(s, 'GetCommerceSetting', phone), true);
    expectGateway(await camsCall(s, 'GetCommerceSetting', phone), 'Throttling.User');
    const other = s.sim.seed.accessKey({ accountId: 'sim-account-2' });
    expectGateway(await camsCall(s, 'ListPhoneMessageQrdl', phone, { credentials: other }), 'Unknown.ResourceOwnerId');
    s.clock.advance(1000);
    expectOk(await camsCall(s, 'ListPhoneMessageQrdl', phone), false);
    // Operations without a documented rate are not limited (MML).
    for (let i = 0; i < 20; i += 1) expectOk(await camsCall(s, 'QueryMMLActive', {}), true);
  });

  it('qps: a record overrides single actions', async () => {
    const s = setupCams({ qps: { GetCommerceSetting: 1, ListPhoneMessageQrdl: Infinity } });
    expectOk(await camsCall(s, 'GetCommerceSetting', phone), true);
    expectGateway(await camsCall(s, 'GetCommerceSetting', phone), 'Throttling.User');
    for (let i = 0; i < 8; i += 1) expectOk(await camsCall(s, 'ListPhoneMessageQrdl', phone), false);
    for (let i = 0; i < 5; i += 1) await camsCall(s, 'GetPermissionByCode', { Code: 'x' });
    expectGateway(await camsCall(s, 'GetPermissionByCode', { Code: 'x' }), 'Throttling.User');
  });
});

describe('CAMS simulator: throttling answer (contract §3.5, §7 #14)', () => {
  it('answers with the configured code and, when asked, x-acs-retry-after in ms until a slot frees', async () => {
    const s = setupCams({ qps: { GetCommerceSetting: 2 }, throttling: { code: 'System.LimitControl', retryAfterMs: true } });
    expectOk(await camsCall(s, 'GetCommerceSetting', phone), true);
    s.clock.advance(300);
    expectOk(await camsCall(s, 'GetCommerceSetting', phone), true);
    s.clock.advance(100);
    const throttled = await camsCall(s, 'GetCommerceSetting', phone);
    expectGateway(throttled, 'System.LimitControl');
    expect(throttled.headers.get('x-acs-retry-after')).toBe('600');
    s.clock.advance(600);
    expectOk(await camsCall(s, 'GetCommerceSetting', phone), true);
    const plain = setupCams({ qps: { GetCommerceSetting: 1 } });
    await camsCall(plain, 'GetCommerceSetting', phone);
    const answer = await camsCall(plain, 'GetCommerceSetting', phone);
    expectGateway(answer, 'Throttling.User');
    expect(answer.headers.get('x-acs-retry-after')).toBeNull();
  });
});

describe('CAMS simulator: faults (same knobs as the Graph simulator)', () => {
  it('one-shot { camsCode } by action: gateway shape for gateway codes, business envelope otherwise', async () => {
    const s = setupCams();
    s.sim.faults.next({ action: 'GetCommerceSetting', kind: { camsCode: 'System.LimitControl' } });
    expectOk(await camsCall(s, 'QueryChatappBindWaba', {}), true); // another action: untouched
    expectGateway(await camsCall(s, 'GetCommerceSetting', phone), 'System.LimitControl');
    expectOk(await camsCall(s, 'GetCommerceSetting', phone), true); // one shot
    s.sim.faults.next({ action: /Commerce/, kind: { camsCode: 'ERR-COMMON-001', message: 'system exception' }, times: 2 });
    expectBusiness(await camsCall(s, 'GetCommerceSetting', phone), 'ERR-COMMON-001', true);
    expect(s.sim.faults.pending).toBe(1);
    s.sim.faults.clear();
    expect(s.sim.faults.pending).toBe(0);
  });

  it("'500' and '503' are InternalError / ServiceUnavailable; 'before' does not run the operation", async () => {
    const s = setupCams();
    s.sim.faults.next({ kind: '500' });
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}), 'InternalError', 500);
    s.sim.faults.next({ action: 'ChatappPhoneNumberDeregister', kind: '503' });
    expectGateway(await camsCall(s, 'ChatappPhoneNumberDeregister', phone), 'ServiceUnavailable', 503);
    expect(s.sim.state.phoneNumber(CHANNEL, REGISTERED)?.Status).toBe('CONNECTED');
  });

  it("when: 'after' runs the operation and loses the answer (reset) — the state changed", async () => {
    const s = setupCams();
    s.sim.faults.next({ action: 'ChatappPhoneNumberDeregister', kind: 'reset', when: 'after' });
    const request = await signedRequest(s.sim, 'ChatappPhoneNumberDeregister', phone, s.key);
    const error = await s.sim.handle(request).then(
      () => undefined,
      (e: unknown) => e as TypeError & { cause: { code: string } },
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.cause.code).toBe('ECONNRESET');
    expect(s.sim.state.phoneNumber(CHANNEL, REGISTERED)?.Status).toBe('DISCONNECTED');
  });

  it('malformed and truncated answers keep the status; a raw answer is sent as is; hang waits for the signal', async () => {
    const s = setupCams();
    s.sim.faults.next({ kind: 'malformed' });
    const malformed = await s.sim.handle(await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key));
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();
    s.sim.faults.next({ kind: 'truncated' });
    const truncated = await s.sim.handle(await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key));
    await expect(truncated.text()).rejects.toThrow(TypeError);
    s.sim.faults.next({ kind: { status: 502, body: '<html>Bad Gateway</html>' } });
    const raw = await s.sim.handle(await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key));
    expect([raw.status, await raw.text()]).toEqual([502, '<html>Bad Gateway</html>']);
    s.sim.faults.next({ kind: 'hang' });
    const controller = new AbortController();
    const pending = s.sim.fetch(await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key), { signal: controller.signal });
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
  });

  it('random rates are seeded: the same seed fails the same requests; rates outside 0–1 are refused', async () => {
    const run = async () => {
      const s = setupCams({ faults: { errorRate5xx: 0.5 } });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await camsCall(s, 'QueryChatappPhoneNumbers', { CustSpaceId: CHANNEL })).status);
      return statuses;
    };
    const first = await run();
    expect(first.some((st) => st >= 500)).toBe(true);
    expect(first.some((st) => st === 200)).toBe(true);
    expect(await run()).toEqual(first);
    expect(() => setupCams({ faults: { resetRate: 2 } })).toThrow(RangeError);
  });

  it('latency delays the answer on the timer (fake timers drive it)', async () => {
    const { vi } = await import('vitest');
    const s = setupCams({ faults: { latencyMs: 200 } });
    const request = await signedRequest(s.sim, 'QueryChatappPhoneNumbers', { CustSpaceId: CHANNEL, PhoneNumber: UNREGISTERED }, s.key);
    vi.useFakeTimers();
    try {
      let done = false;
      const pending = s.sim.handle(request).then((r) => {
        done = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(199);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
