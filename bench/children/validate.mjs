// Validation cost: `node validate.mjs <iterations>`.
//
// Parses the largest phone-number response (every field, bench/lib/fixtures.mjs) `iterations` times with the
// SDK's exported `PhoneNumberInfo` schema (zod/mini `safeParse`, what `retrieve()` runs on every answer), and —
// as the baseline — `JSON.parse`s the same response body as many times. Prints µs per parse for both.

import { FULL_PHONE_NUMBER } from '../lib/fixtures.mjs';

// bench/run.mjs snapshots dist/ (BENCH_DIST): see bench/peers/sides.mjs.
const dist = process.env.BENCH_DIST ? `file://${process.env.BENCH_DIST}/` : new URL('../../dist/', import.meta.url).href;
const { PhoneNumberInfo } = await import(new URL('index.js', dist).href);

const ITERATIONS = Number(process.argv[2]);
const WARM_UP = 5_000;
const text = JSON.stringify(FULL_PHONE_NUMBER);
const value = JSON.parse(text);

const check = PhoneNumberInfo.safeParse(value);
if (!check.success) throw new Error(`fixture does not parse: ${JSON.stringify(check.error.issues).slice(0, 300)}`);

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
const validateUs = perCallMicros(() => PhoneNumberInfo.safeParse(value).success);
process.stdout.write(`${JSON.stringify({ iterations: ITERATIONS, bodyBytes: text.length, jsonParseUs, validateUs })}\n`);
