// A/B of two (or more) builds of wabakit on the walk or the warm calls (issue #12), with raw fetch and bare ky in the
// same rounds: each variant is a copy of `dist/node/` (e.g. `cp -r dist/node /tmp/before` before a change, build,
// `cp -r dist/node /tmp/after`). Every sample is a fresh process of the bench's own child (bench/children/
// paginate.mjs or warm.mjs), sides interleaved round by round; the variant under test is copied into `dist/node/`
// just before its sample, and the `dist/node/` found at the start is put back at the end. Prints the median of each
// figure and its ratio to raw fetch and to bare ky. Two sides only, so it is quieter than `npm run bench`'s five;
// it is the tool for "did this change move the figure", not the figure the docs report.
//
//   node bench/tools/ab.mjs walk 15 before=/tmp/before after=/tmp/after
//   node bench/tools/ab.mjs warm 9 before=/tmp/before after=/tmp/after

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib/bundles.mjs';
import { runJsonChild, startGraphServer } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

const [mode, roundsArg, ...variantArgs] = process.argv.slice(2);
const FIGURES = {
  walk: { child: 'paginate.mjs', nodeArgs: ['--expose-gc'], args: (side, url) => [side, url, '100'], read: { wall: (r) => r.wallMs, peakRss: (r) => r.maxRssBytes } },
  warm: {
    child: 'warm.mjs',
    nodeArgs: [],
    args: (side, url) => [side, url, '2000', '4000', '50'],
    read: { seqLatency: (r) => r.seq.medianUs, seqCpu: (r) => r.seq.cpuUsPerCall, concLatency: (r) => r.conc.medianUs, concCpu: (r) => r.conc.cpuUsPerCall },
  },
};
const figure = FIGURES[mode];
const rounds = Number(roundsArg);
const variants = variantArgs.map((arg) => {
  const [name, dir] = arg.split('=');
  return { name, dir };
});
if (!figure || !Number.isInteger(rounds) || rounds < 1 || variants.length === 0 || variants.some((v) => !v.name || !v.dir)) {
  console.error('usage: node bench/tools/ab.mjs walk|warm <rounds> name=<copy of dist/node> [name=<dir> …]');
  process.exit(2);
}

const dist = join(ROOT, 'dist/node');
const saved = mkdtempSync(join(tmpdir(), 'wabakit-ab-'));
cpSync(dist, saved, { recursive: true });
const server = await startGraphServer();
const samples = Object.fromEntries(['raw', 'ky', ...variants.map((v) => v.name)].map((side) => [side, []]));
const sample = (side) => runJsonChild(join(ROOT, 'bench/children', figure.child), { nodeArgs: figure.nodeArgs, args: figure.args(side, server.url) });
try {
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round, as the bench does, so drift hits every side alike.
    const order = [...['raw', 'ky'].map((side) => ({ side })), ...variants.map((v) => ({ side: v.name, dir: v.dir }))];
    for (let i = 0; i < order.length; i++) {
      const { side, dir } = order[(i + round) % order.length];
      if (dir !== undefined) {
        rmSync(dist, { recursive: true, force: true });
        cpSync(dir, dist, { recursive: true });
      }
      samples[side].push(await sample(dir === undefined ? side : 'sdk'));
    }
  }
} finally {
  server.stop();
  rmSync(dist, { recursive: true, force: true });
  cpSync(saved, dist, { recursive: true });
  rmSync(saved, { recursive: true, force: true });
}

const medians = Object.fromEntries(
  Object.entries(samples).map(([side, list]) => [side, Object.fromEntries(Object.entries(figure.read).map(([key, pick]) => [key, median(list.map(pick))]))]),
);
console.log(`${mode}, ${rounds} rounds, medians (× raw fetch, × bare ky)`);
for (const [side, values] of Object.entries(medians)) {
  const cells = Object.entries(values).map(([key, value]) => `${key} ${value.toFixed(1)} (${(value / medians.raw[key]).toFixed(3)}×, ${(value / medians.ky[key]).toFixed(3)}×)`);
  console.log(`${side.padEnd(10)} ${cells.join('  ')}`);
}
