/**
 * `wabakit/testing/server` — the Graph simulator as a loopback HTTP server, and the `wabakit-simulator` CLI.
 *
 * Node, Bun and Deno only: it loads `node:http` (on demand, when {@link startSimulator} is called). It is an entry
 * of its own so that `wabakit/testing` never references `node:http` and bundles for Cloudflare Workers, Vercel
 * Edge and browsers, where `sim.fetch` and `sim.mswHandlers(http)` are the adapters to use.
 *
 * @example
 * import { startSimulator } from 'wabakit/testing/server';
 * import { WabaClient } from 'wabakit';
 *
 * const { url, simulator, close } = await startSimulator({ port: 0, seed: 1 });
 * simulator.seed.token('test-token');
 * const client = new WabaClient({ accessToken: 'test-token', baseUrl: url });
 * // …
 * await close();
 *
 * @packageDocumentation
 */

export { startSimulator, type RunningSimulator, type StartSimulatorOptions } from '../adapters/server.js';
export { parseSimulatorArgs, runSimulatorCli, CLI_USAGE, type SimulatorCliOptions } from '../cli.js';
export { startCamsSimulator, type RunningCamsSimulator, type StartCamsSimulatorOptions } from '../cams/adapters/server.js';
// The options' own types, so that `StartSimulatorOptions` reads (and links) without a second import.
export type { SimulatorOptions } from '../options.js';
export type { ManualClock } from '../clock.js';
