import { startSimulator, type RunningSimulator } from './adapters/server.js';
import { seedDemo } from './demo.js';
import type { FaultOptions } from './options.js';
import type { RunningCamsSimulator } from './cams/adapters/server.js';
import { runCamsSimulatorCli } from './cams/cli.js';

/** Parsed command line of `wabakit-simulator`. */
export interface SimulatorCliOptions {
  readonly port: number;
  readonly host: string;
  readonly seed?: number;
  readonly token?: string;
  readonly latencyMs?: number;
  /** Which API to simulate: Meta's Graph API (default) or Alibaba Cloud CAMS. */
  readonly provider?: 'graph' | 'cams';
  readonly help: boolean;
}

/** The `--help` text of `wabakit-simulator`. */
export const CLI_USAGE = `Usage: wabakit-simulator [--provider graph|cams] [--port 4010] [--host 127.0.0.1] [--seed N] [--token T] [--latency MS]

Starts a local fake of the WhatsApp Business Management Graph API with a demo WABA, two numbers and a token.
Point a client at the printed URL (wabakit: new WabaClient({ accessToken, baseUrl })).
--provider cams: a fake of Alibaba Cloud CAMS instead, with a channel, a bound WABA, two numbers and fake AccessKeys.`;

function integer(flag: string, value: string | undefined, min: number, max: number): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${flag} needs an integer between ${min} and ${max}`);
  }
  return parsed;
}

/**
 * Parses `wabakit-simulator` arguments (`--flag value` or `--flag=value`).
 * @throws {Error} for an unknown flag or a bad value.
 * @example
 * parseSimulatorArgs(['--port', '4010', '--seed', '7']); // { port: 4010, host: '127.0.0.1', seed: 7, help: false }
 */
export function parseSimulatorArgs(argv: readonly string[]): SimulatorCliOptions {
  let port = 4010;
  let host = '127.0.0.1';
  let seed: number | undefined;
  let token: string | undefined;
  let latencyMs: number | undefined;
  let provider: 'graph' | 'cams' | undefined;
  let help = false;
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    switch (flag) {
      case '--help':
      case '-h':
        help = true;
        continue;
      case '--port':
        port = integer(flag, value, 0, 65_535);
        break;
      case '--host':
        if (value === undefined || value === '') throw new Error('--host needs a value');
        host = value;
        break;
      case '--seed':
        seed = integer(flag, value, 0, 0xffff_ffff);
        break;
      case '--token':
        if (value === undefined || value === '') throw new Error('--token needs a value');
        token = value;
        break;
      case '--latency':
        latencyMs = integer(flag, value, 0, 600_000);
        break;
      case '--provider':
        if (value !== 'graph' && value !== 'cams') throw new Error('--provider needs graph or cams');
        provider = value;
        break;
      default:
        throw new Error(`unknown option ${String(flag)}\n${CLI_USAGE}`);
    }
    i += 1;
  }
  return {
    port,
    host,
    help,
    ...(seed === undefined ? {} : { seed }),
    ...(token === undefined ? {} : { token }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(provider === undefined ? {} : { provider }),
  };
}

/**
 * Runs the `wabakit-simulator` command: starts the server, seeds the demo and prints the URL, the demo token and
 * the ids. Returns the running server (the bin closes it on SIGINT/SIGTERM). The printed token is a fake one
 * that only this simulator accepts.
 * @throws {Error} for bad arguments or when the port is taken.
 * @example
 * const running = await runSimulatorCli(['--port', '0', '--token', 'demo-token']);
 * // … later
 * await running?.close();
 */
export async function runSimulatorCli(
  argv: readonly string[],
  log: (line: string) => void = (line) => console.log(line),
): Promise<RunningSimulator | RunningCamsSimulator | undefined> {
  const options = parseSimulatorArgs(argv);
  if (options.help) {
    log(CLI_USAGE);
    return undefined;
  }
  if (options.provider === 'cams') return runCamsSimulatorCli(options, log);
  const faults: FaultOptions = options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs };
  const running = await startSimulator({
    port: options.port,
    host: options.host,
    faults,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const demo = seedDemo(running.simulator, options.token === undefined ? {} : { token: options.token });
  log(`wabakit simulator listening on ${running.url}`);
  log(`  access token (demo):  ${demo.token}`);
  log(`  business:             ${demo.business.id}`);
  log(`  WABA:                 ${demo.waba.id}`);
  log(`  registered number:    ${demo.phoneNumbers.registered.id} (CONNECTED)`);
  log(`  unregistered number:  ${demo.phoneNumbers.unregistered.id} (PENDING, NOT_VERIFIED)`);
  log(`  app:                  ${demo.app.id}`);
  log(`  try: curl -H "Authorization: Bearer ${demo.token}" ${running.url}/v23.0/${demo.waba.id}/phone_numbers`);
  return running;
}
