// Smoke entry for runtimes that can listen on a socket (Node, Bun, Deno): the simulator runs behind the loopback
// server of `wabakit/testing/server`, reached with the runtime's own fetch. `--only=ids` / `--except=ids` select
// cases (Deno runs the msw case in a second process that may read the environment, as msw needs).
import * as testing from 'wabakit/testing';
import { startSimulator } from 'wabakit/testing/server';
import { cams } from './cams-hook.mjs';
import { RESULT_PREFIX, RUNTIME_PREFIX, casesFromArgs, runSmoke, runtimeName, seedLoopback } from './suite.mjs';

console.log(RUNTIME_PREFIX + runtimeName());

const loopbackServer = await startSimulator({ port: 0, seed: 1 });
const graphServer = await startSimulator({ port: 0, seed: 2 });
let results;
try {
  results = await runSmoke({
    loopback: seedLoopback(loopbackServer.simulator, loopbackServer.url),
    graph: { via: 'loopback HTTP', clientOptions: { baseUrl: graphServer.url }, simulator: graphServer.simulator },
    testing,
    cams,
    cases: casesFromArgs(globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2)),
  });
} finally {
  await Promise.all([loopbackServer.close(), graphServer.close()]);
}
for (const result of results) console.log(RESULT_PREFIX + JSON.stringify(result));
// Importing msw keeps Deno's event loop alive (an open handle of msw's, not wabakit's): the msw-only run ends
// explicitly; every other run must end by itself, so a handle left open by wabakit shows up as a timeout.
if (process.argv.includes('--exit') || globalThis.Deno?.args.includes('--exit')) process.exit(0);
