/**
 * What a handler bundles (issue #12): esbuild with the bench's options (bench/lib/esbuild-options.cjs, the same as
 * `npm run size`) on a handler written against src/, and the src/ files that put bytes in the output.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OPTIONS = createRequire(import.meta.url)(resolve(ROOT, 'bench/lib/esbuild-options.cjs')) as Record<string, unknown>;

/** The src/ files with bytes in the bundle of `source` (an ESM handler importing from `./src/…`). */
export async function bundledFiles(source: string): Promise<string[]> {
  const result = await build({ ...OPTIONS, stdin: { contents: source, resolveDir: ROOT, loader: 'ts' }, write: false, metafile: true, logLevel: 'silent' });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => relative(ROOT, resolve(ROOT, file)))
    .filter((file) => file.startsWith('src/'));
}
