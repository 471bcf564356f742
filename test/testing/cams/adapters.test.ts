import { build } from 'esbuild';
import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../helpers/server.js';
import { startCamsSimulator } from '../../../src/testing/cams/adapters/server.js';
import { parseSimulatorArgs, runSimulatorCli } from '../../../src/testing/cli.js';
import { CAMS_DEMO_KEY, seedCamsDemo } from '../../../src/testing/index.js';
import { CHANNEL, REGISTERED, setupCams, signedRequest } from './helpers.js';

describe('CAMS simulator adapters', () => {
  it('sim.fetch takes (url, init) like fetch', async () => {
    const s = setupCams();
    const request = await signedRequest(s.sim, 'GetCommerceSetting', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED }, s.key);
    const response = await s.sim.fetch(request.url, { method: 'POST', headers: request.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('x-acs-request-id')).toMatch(/^[0-9A-F-]{36}$/);
    expect(await response.json()).toMatchObject({ Code: 'OK', Data: { CartEnable: true } });
  });

  it('mswHandlers(http) intercepts cams.ap-southeast-1.aliyuncs.com (or baseUrl) for plain fetch; resets are network errors', async () => {
    const s = setupCams();
    server.use(...s.sim.mswHandlers(http));
    const request = await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key);
    const response = await fetch(request);
    expect(await response.json()).toMatchObject({ Code: 'OK', Data: { Id: s.demo.waba.Id } });
    s.sim.faults.next({ kind: 'reset' });
    await expect(fetch(await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key))).rejects.toThrow(TypeError);
    server.use(...s.sim.mswHandlers(http, { baseUrl: 'https://cams-proxy.example.test' }));
    const proxied = await fetch(await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key, { endpoint: 'https://cams-proxy.example.test' }));
    expect(proxied.status).toBe(200);
  });

  it('startCamsSimulator serves on loopback: the client signs for 127.0.0.1:<port>', async () => {
    const running = await startCamsSimulator({ port: 0, seed: 3, clock: () => Date.UTC(2026, 10, 20, 8, 30) });
    try {
      server.use(http.all(`${running.url}/*`, () => passthrough()));
      seedCamsDemo(running.simulator);
      const ok = await fetch(await signedRequest(running.simulator, 'QueryChatappPhoneNumbers', { CustSpaceId: CHANNEL }, CAMS_DEMO_KEY, { endpoint: running.url }));
      expect(ok.status).toBe(200);
      expect((await ok.json()).PhoneNumbers).toHaveLength(2);
      const body = await fetch(
        await signedRequest(running.simulator, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL }, CAMS_DEMO_KEY, { endpoint: running.url, body: { PhoneNumber: REGISTERED } }),
      );
      expect((await body.json()).Data.PhoneNumber).toBe(REGISTERED);
      // Signed for the production host but sent to the loopback: the host header differs → SignatureDoesNotMatch.
      const wrongHost = await signedRequest(running.simulator, 'QueryChatappBindWaba', {}, CAMS_DEMO_KEY);
      const sent = await fetch(`${running.url}/`, { method: 'POST', headers: [...wrongHost.headers].filter(([name]) => name !== 'host') });
      expect([sent.status, (await sent.json()).Code]).toEqual([400, 'SignatureDoesNotMatch']);
      running.simulator.faults.next({ kind: 'reset' });
      await expect(fetch(await signedRequest(running.simulator, 'QueryChatappBindWaba', {}, CAMS_DEMO_KEY, { endpoint: running.url }))).rejects.toThrow(TypeError);
    } finally {
      await running.close();
    }
  });

  it('the CLI takes --provider cams and prints the endpoint and the fake demo credentials', async () => {
    expect(parseSimulatorArgs(['--provider', 'cams', '--port', '0'])).toEqual({ port: 0, host: '127.0.0.1', help: false, provider: 'cams' });
    expect(parseSimulatorArgs(['--provider=graph']).provider).toBe('graph');
    expect(() => parseSimulatorArgs(['--provider', 'aws'])).toThrow(/--provider/);
    const lines: string[] = [];
    const running = await runSimulatorCli(['--provider', 'cams', '--port', '0', '--seed', '4'], (line) => lines.push(line));
    try {
      const output = lines.join('\n');
      expect(output).toContain(`CAMS simulator listening on ${running!.url}`);
      expect(output).toContain(CAMS_DEMO_KEY.accessKeyId);
      expect(output).toContain(CAMS_DEMO_KEY.accessKeySecret);
      expect(output).toContain('cams-demo0001');
      server.use(http.all(`${running!.url}/*`, () => passthrough()));
      const sim = (running as { simulator: import('../../../src/testing/index.js').CamsSimulator }).simulator;
      const response = await fetch(await signedRequest(sim, 'QueryChatappBindWaba', {}, CAMS_DEMO_KEY, { endpoint: running!.url }));
      expect((await response.json()).Code).toBe('OK');
    } finally {
      await running?.close();
    }
  });

  it('wabakit/testing bundles without node: imports (the CAMS server adapter is only in wabakit/testing/server)', async () => {
    const result = await build({
      entryPoints: ['src/testing/index.ts'],
      bundle: true,
      write: false,
      platform: 'neutral',
      format: 'esm',
      metafile: true,
      external: ['ky', 'zod', 'zod/*', 'libphonenumber-js', 'type-fest'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('src/testing/cams/simulator.ts'))).toBe(true);
    expect(inputs.some((file) => file.includes('adapters/server.ts'))).toBe(false);
    expect(result.outputFiles[0]!.text).not.toMatch(/["']node:/);
  });
});
