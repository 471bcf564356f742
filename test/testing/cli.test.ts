import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../helpers/server.js';
import { parseSimulatorArgs, runSimulatorCli } from '../../src/testing/server/index.js';

describe('wabakit-simulator CLI', () => {
  it('parses flags in both forms', () => {
    expect(parseSimulatorArgs([])).toEqual({ port: 4010, host: '127.0.0.1', help: false });
    expect(parseSimulatorArgs(['--port', '0', '--seed=7', '--token', 'T', '--latency', '20'])).toEqual({
      port: 0,
      host: '127.0.0.1',
      seed: 7,
      token: 'T',
      latencyMs: 20,
      help: false,
    });
    expect(parseSimulatorArgs(['-h']).help).toBe(true);
    expect(() => parseSimulatorArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseSimulatorArgs(['--port'])).toThrow(/--port/);
    expect(() => parseSimulatorArgs(['--bogus'])).toThrow(/unknown option --bogus/);
  });

  it('starts a seeded server and prints the URL and the demo token', async () => {
    const lines: string[] = [];
    const running = await runSimulatorCli(['--port', '0', '--token', 'demo-token', '--seed', '3'], (line) => lines.push(line));
    expect(running).toBeDefined();
    try {
      const output = lines.join('\n');
      expect(output).toContain(`listening on ${running!.url}`);
      expect(output).toContain('demo-token');
      server.use(http.all(`${running!.url}/*`, () => passthrough()));
      const wabaId = /WABA:\s+(\d+)/.exec(output)?.[1];
      const response = await fetch(`${running!.url}/v23.0/${wabaId}/phone_numbers?fields=status`, {
        headers: { authorization: 'Bearer demo-token' },
      });
      const body = (await response.json()) as { data: { status: string }[] };
      expect(body.data.map((p) => p.status).sort()).toEqual(['CONNECTED', 'PENDING']);
    } finally {
      await running?.close();
    }
  });

  it('prints usage for --help without starting', async () => {
    const lines: string[] = [];
    expect(await runSimulatorCli(['--help'], (line) => lines.push(line))).toBeUndefined();
    expect(lines[0]).toContain('Usage: wabakit-simulator');
  });
});
