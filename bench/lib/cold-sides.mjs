// The command line shared by the cold-start tools (bench/tools/cold.mjs, cold-instructions.mjs):
// `[count] [side,side…] [--file name=path …]`. Each side is a bundle: a prebuilt file given with `--file` (which
// adds the side if it was not listed), or the bench's own cold handler for that side (bench/lib/sections.mjs
// COLD_ENTRIES) built with the bench's options.

import { buildFile } from './bundles.mjs';
import { COLD_ENTRIES } from './sections.mjs';

/** `{ count, sides, files }` from `argv` (`process.argv.slice(2)`), `count` defaulting to `defaultCount`. */
export async function coldSides(argv, defaultCount) {
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--file');
  const count = Number(positional[0] ?? defaultCount);
  const sides = (positional[1] ?? 'raw,wabakit').split(',');
  const files = {};
  argv.forEach((arg, i) => {
    if (arg !== '--file') return;
    const [name, path] = argv[i + 1].split('=');
    files[name] = path;
    if (!sides.includes(name)) sides.push(name);
  });
  for (const side of sides) files[side] ??= await buildFile(COLD_ENTRIES[side], `bench/results/build/cold-${side}.mjs`);
  return { count, sides, files };
}
