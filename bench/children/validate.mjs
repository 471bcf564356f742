// Validation cost: `node validate.mjs <iterations>`.
//
// Validates the largest phone-number response (every field, bench/lib/fixtures.mjs) `iterations` times the way
// `WabaClient`'s `retrieve()` does on every answer — the SDK's internal `parseOrThrow(PhoneNumberInfo, body, 'response')`, which
// returns a response zod would leave unchanged as is and runs zod otherwise — and, as the baseline,
// `JSON.parse`s the same response body as many times. Prints µs per call for both (`validateUs`, `jsonParseUs`),
// plus `zodSafeParseUs`: zod/mini's own `PhoneNumberInfo.safeParse` (what the SDK ran before issue #12).

import { fileURLToPath } from 'node:url';
import { FULL_PHONE_NUMBER } from '../lib/fixtures.mjs';

// bench/run.mjs snapshots dist/ (BENCH_DIST): see bench/peers/sides.mjs.
const dist = process.env.BENCH_DIST ? `file://${process.env.BENCH_DIST}/` : new URL('../../dist/', import.meta.url).href;
const { PhoneNumberInfo } = await import(new URL('index.js', dist).href);
const parseOrThrow = await internalParseOrThrow();

const ITERATIONS = Number(process.argv[2]);
const WARM_UP = 5_000;
const text = JSON.stringify(FULL_PHONE_NUMBER);
const value = JSON.parse(text);
// With the response fast path, as `WabaClient` runs it (a core client passes none and zod parses: `zodSafeParseUs`).
const { acceptsAsIs } = await import(new URL('internal/accepts-as-is.js', dist).href);
const context = { subject: 'PhoneNumber.retrieve response', status: 200, asIs: acceptsAsIs };

const check = PhoneNumberInfo.safeParse(value);
if (!check.success) throw new Error(`fixture does not parse: ${JSON.stringify(check.error.issues).slice(0, 300)}`);
if (JSON.stringify(parseOrThrow(PhoneNumberInfo, value, 'response', context)) === undefined) throw new Error('no result');

function perCallMicros(fn) {
  for (let i = 0; i < WARM_UP; i++) fn();
  let sink = 0;
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) sink += fn() ? 1 : 0;
  const elapsedMs = performance.now() - started;
  if (sink !== ITERATIONS) throw new Error('a parse failed');
  return (elapsedMs * 1000) / ITERATIONS;
}

const jsonParseUs = perCallMicros(() => JSON.parse(text));
const validateUs = perCallMicros(() => parseOrThrow(PhoneNumberInfo, value, 'response', context) !== undefined);
const zodSafeParseUs = perCallMicros(() => PhoneNumberInfo.safeParse(value).success);
process.stdout.write(`${JSON.stringify({ iterations: ITERATIONS, bodyBytes: text.length, jsonParseUs, validateUs, zodSafeParseUs })}\n`);

/** `parseOrThrow` is internal: the ESM build has one file per module, `internal/validate.js` holds it. */
async function internalParseOrThrow() {
  const module = await import(new URL('internal/validate.js', dist).href);
  if (typeof module.parseOrThrow !== 'function') throw new Error(`${fileURLToPath(dist)}internal/validate.js exports no parseOrThrow`);
  return module.parseOrThrow;
}
