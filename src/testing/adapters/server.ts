import type { SimulatorOptions } from '../options.js';
import { createSimulator, type GraphSimulator } from '../simulator.js';
import { serveOnLoopback } from './loopback.js';

/** Options of {@link startSimulator}: where to listen, and the simulator's own options. */
export interface StartSimulatorOptions extends SimulatorOptions {
  /** TCP port; `0` picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. Loopback by default: the simulator has no real security. @default '127.0.0.1' */
  readonly host?: string;
  /** Serve an existing simulator instead of creating one. */
  readonly simulator?: GraphSimulator;
}

/** A running simulator server. */
export interface RunningSimulator {
  /** Base URL to give clients, e.g. `http://127.0.0.1:4010` (pass it as `baseUrl`). */
  readonly url: string;
  readonly simulator: GraphSimulator;
  /** Stops listening and drops open connections (hung requests included). */
  close(): Promise<void>;
}

/**
 * Starts the simulator as a loopback HTTP server (Node, Bun and Deno: `node:http` is loaded here, on demand).
 * Exported from `wabakit/testing/server` only, so `wabakit/testing` never references `node:http` and bundles for
 * Workers and edge test runners. Resets destroy the socket; truncated answers announce the full `content-length`
 * and then close the connection.
 *
 * @throws {Error} when the port is taken or `node:http` is unavailable.
 * @example
 * const { url, simulator, close } = await startSimulator({ port: 0 });
 * simulator.seed.token('test-token');
 * const client = new WabaClient({ accessToken: 'test-token', baseUrl: url });
 * // …
 * await close();
 */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const simulator = options.simulator ?? createSimulator(options);
  const server = await serveOnLoopback((request) => simulator.respond(request), options);
  return { url: server.url, simulator, close: () => server.close() };
}
