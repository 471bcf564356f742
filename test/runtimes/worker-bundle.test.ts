/**
 * `wabakit/testing` must bundle for Cloudflare Workers and edge runtimes (issue #13): esbuild with the browser
 * platform and the conditions wrangler and Vercel use, no `nodejs_compat`. A Node built-in anywhere in the graph
 * fails the build (`Could not resolve "node:http"`), which is what `import('http')` in the server adapter did
 * while it was part of this entry. The loopback server lives in `wabakit/testing/server`.
 */
import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

async function bundle(entry: string, conditions: string[], external: string[] = []): Promise<Metafile> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions,
    external,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Every import the bundle leaves to the runtime (externals), e.g. `node:http`. */
function externalImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
}

describe('bundling for Workers and edge runtimes', () => {
  for (const [name, conditions] of [
    ['workerd', ['workerd', 'worker', 'browser']],
    ['edge-light', ['edge-light', 'worker', 'browser']],
  ] as const) {
    it(`wabakit/testing, the client and the webhooks bundle for ${name} without Node built-ins`, async () => {
      for (const entry of ['src/testing/index.ts', 'src/index.ts', 'src/webhooks/index.ts']) {
        // With node:* allowed as external, any Node built-in in the graph would show up in the imports list.
        const metafile = await bundle(entry, [...conditions], ['node:*']);
        expect(externalImports(metafile), entry).toEqual([]);
        await expect(bundle(entry, [...conditions]), entry).resolves.toBeDefined();
      }
    });
  }

  it('the server entry is the one that loads node:http (so the check above can see it)', async () => {
    const metafile = await bundle('src/testing/server/index.ts', ['workerd', 'worker', 'browser'], ['node:*']);
    expect(externalImports(metafile)).toContain('node:http');
    await expect(bundle('src/testing/server/index.ts', ['workerd', 'worker', 'browser'])).rejects.toThrow(/Could not resolve "node:http"/);
  });
});
