// Reading `node --cpu-prof` output for the warm-path profile tools (bench/tools/profile-warm.mjs, profile-cams.mjs):
// the one .cpuprofile of a directory, self time per function and per area, and the report they print.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one `.cpuprofile` file in `dir`, parsed. */
export function readCpuProfile(dir) {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

/** `name url:line` of a call frame, with its URL as `rename` shows it. */
export const frameKey = (frame, rename) => `${frame.functionName || '(anonymous)'} ${rename(frame.url)}:${frame.lineNumber + 1}`;

/**
 * Sampled time (µs) of the profile: `total`, `self` per function (`frameKey`) and `areas` per `areaOf(url, frame)`,
 * where `url` is the frame's URL after `rename` (e.g. the repository prefix removed).
 */
export function selfTimes(profile, { rename, areaOf }) {
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  const self = new Map();
  const areas = new Map();
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    total += t;
    const key = frameKey(node.callFrame, rename);
    self.set(key, (self.get(key) ?? 0) + t);
    const area = areaOf(rename(node.callFrame.url), node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + t);
  }
  return { total, self, areas };
}

/**
 * Prints the sample total, the `areaCount` largest areas, then for each `[title, test]` of `groups` the `top`
 * functions by self time whose key passes `test`; and, when given, `inclusive` times under their own title.
 */
export function printProfile({ total, self, areas }, { areaCount, groups, top, inclusive }) {
  const pct = (t) => `${((t / total) * 100).toFixed(2)} %`;
  console.log(`samples: ${(total / 1000).toFixed(0)} ms`);
  for (const [area, t] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, areaCount)) console.log(`  ${pct(t).padStart(8)}  ${area}`);
  for (const [title, test] of groups) {
    console.log(`top self time, ${title}:`);
    for (const [key, t] of [...self].filter(([k]) => test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(8)}  ${key}`);
  }
  if (inclusive === undefined) return;
  console.log(`inclusive time, ${inclusive.title}:`);
  for (const [key, t] of [...inclusive.times].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(8)}  ${key}`);
}
