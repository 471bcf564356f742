// Rewrites the precomputed SHA-1 of every script in src/redis/scripts.ts (run after editing a script; the test
// test/redis/scripts.test.ts fails until the constants match). Usage: node scripts/gen-redis-script-shas.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../src/redis/scripts.ts', import.meta.url);
const { SCRIPTS } = await import(path.href);
let text = readFileSync(path, 'utf8');
for (const [name, script] of Object.entries(SCRIPTS)) {
  const sha = createHash('sha1').update(script.source).digest('hex');
  text = text.replace(new RegExp(`(script\\('${name}', [A-Z_]+, )'[^']*'`), `$1'${sha}'`);
}
writeFileSync(path, text);
