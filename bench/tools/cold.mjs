// Cold-start driver (issue #12): only the bench's cold section, for raw fetch and wabakit (or any sides of
// bench/lib/sections.mjs COLD_ENTRIES), with the bench's own bundling (bench/lib/bundles.mjs buildFile) and timing
// (bench/lib/processes.mjs timeColdStart). The sides alternate run by run, in an order that flips each run, so
// the load of a shared machine hits both alike. Prints the median, min and max of `firstCallMs` per side and the
// ratio of medians. Needs a fresh `npx tsup --no-dts` (the bundles import dist/).
//
//   node bench/tools/cold.mjs                     21 runs each of raw and wabakit
//   node bench/tools/cold.mjs 41 raw,wabakit,ky   41 runs, three sides
//   node bench/tools/cold.mjs 21 raw,wabakit --file wabakit=/tmp/other.mjs   time a prebuilt bundle as a side
//
// Extra sides from `--file name=path` let an A/B of two builds run interleaved in one process (copy a bundle
// aside, rebuild, then pass the old copy as a side).

import { join } from 'node:path';
import { ROOT } from '../lib/bundles.mjs';
import { startGraphServer, timeColdStart } from '../lib/processes.mjs';
import { coldSides } from '../lib/cold-sides.mjs';
import { median } from '../lib/stats.mjs';

const { count: runs, sides, files } = await coldSides(process.argv.slice(2), 21);


const server = await startGraphServer();
try {
  const env = { BENCH_GRAPH_URL: server.url };
  for (const side of sides) await timeColdStart(files[side], env); // untimed: OS file cache, as the bench does
  const samples = Object.fromEntries(sides.map((side) => [side, []]));
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) samples[side].push((await timeColdStart(files[side], env)).firstCallMs);
  }
  const base = median(samples[sides[0]]);
  for (const side of sides) {
    const list = samples[side];
    const m = median(list);
    console.log(
      `${side.padEnd(14)} median ${m.toFixed(1)} ms  range ${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}  ` +
        `ratio ${(m / base).toFixed(3)}×  (${join(files[side]).replace(ROOT, '')})`,
    );
  }
} finally {
  server.stop();
}
