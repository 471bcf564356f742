import { serveOnLoopback } from '../../adapters/loopback.js';
import type { CamsSimulatorOptions } from '../options.js';
import { createCamsSimulator, type CamsSimulator } from '../simulator.js';

/** Options of {@link startCamsSimulator}: where to listen, and the simulator's own options. */
export interface StartCamsSimulatorOptions extends CamsSimulatorOptions {
  /** TCP port; `0` picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. Loopback by default: the simulator has no real security. @default '127.0.0.1' */
  readonly host?: string;
  /** Serve an existing simulator instead of creating one. */
  readonly simulator?: CamsSimulator;
}

/** A running CAMS simulator server. */
export interface RunningCamsSimulator {
  /** Endpoint to give clients, e.g. `http://127.0.0.1:4011` (sign for its host, `127.0.0.1:4011`). */
  readonly url: string;
  readonly simulator: CamsSimulator;
  /** Stops listening and drops open connections (hung requests included). */
  close(): Promise<void>;
}

/**
 * Starts the CAMS simulator as a loopback HTTP server (Node, Bun and Deno: `node:http` is loaded here, on demand).
 * Exported from `wabakit/testing/server` only, so `wabakit/testing` never references `node:http` and bundles for
 * Workers. The client signs for the server's host (`127.0.0.1:<port>`): point its endpoint at `url`.
 *
 * @throws {Error} when the port is taken or `node:http` is unavailable.
 * @example
 * const { url, simulator, close } = await startCamsSimulator({ port: 0 });
 * const demo = seedCamsDemo(simulator);
 * const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, endpoint: url });
 * // …
 * await close();
 */
export async function startCamsSimulator(options: StartCamsSimulatorOptions = {}): Promise<RunningCamsSimulator> {
  const simulator = options.simulator ?? createCamsSimulator(options);
  const server = await serveOnLoopback((request) => simulator.respond(request), options);
  return { url: server.url, simulator, close: () => server.close() };
}
