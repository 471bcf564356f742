// Cold start in CPU instructions (issue #12): runs each side's cold handler once per round under valgrind
// (`--tool=callgrind`, no cache simulation) and prints the instructions the whole process executed — Node's start-up,
// compile, module evaluation, the first call and exit. Unlike milliseconds, the count hardly depends on what else
// the machine is doing (repeat runs agree within ~0.5 %), so an A/B of a small change is readable on a shared
// machine. It is a proxy, not the bench's figure: the bench times wall clock (bench/tools/cold.mjs), and GC pauses
// or I/O waits weigh differently there. About 40 s per run. Needs valgrind (`apt-get install valgrind`) and a
// fresh `npx tsup --no-dts`.
//
//   node bench/tools/cold-instructions.mjs                                 raw and wabakit, 2 rounds
//   node bench/tools/cold-instructions.mjs 3 raw,ky,wabakit
//   node bench/tools/cold-instructions.mjs 2 raw,wabakit --file before=/tmp/cold-wabakit-before.mjs

import { spawnSync } from 'node:child_process';
import { startGraphServer } from '../lib/processes.mjs';
import { coldSides } from '../lib/cold-sides.mjs';
import { median } from '../lib/stats.mjs';

const { count: rounds, sides, files } = await coldSides(process.argv.slice(2), 2);
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}

const counts = Object.fromEntries(sides.map((side) => [side, []]));
const server = await startGraphServer();
try {
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const run = spawnSync(
        'valgrind',
        ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, files[side]],
        { env: { ...process.env, BENCH_GRAPH_URL: server.url }, encoding: 'utf8', timeout: 300_000 },
      );
      const collected = /Collected : (\d+)/.exec(run.stderr);
      if (run.status !== 0 || !run.stdout.includes('done') || !collected) throw new Error(`${side}: run failed (status ${run.status})`);
      counts[side].push(Number(collected[1]));
      process.stderr.write(`${side}: ${(Number(collected[1]) / 1e6).toFixed(1)} M\n`);
    }
  }
} finally {
  server.stop();
}
const base = median(counts[sides[0]]);
for (const side of sides) {
  const list = counts[side];
  const m = median(list);
  console.log(
    `${side.padEnd(14)} ${(m / 1e6).toFixed(1).padStart(7)} M instructions  range ${(Math.min(...list) / 1e6).toFixed(1)}–${(Math.max(...list) / 1e6).toFixed(1)}  ratio ${(m / base).toFixed(3)}×`,
  );
}
