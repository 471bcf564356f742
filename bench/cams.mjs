// `node bench/cams.mjs [--quick]` (also run by `npm run bench`): what CamsClient costs per call against a raw signed
// `fetch` of the same CAMS request, and the bundle of a CAMS handler (request code + verify-and-register,
// bench/handlers/cams.mjs). Figures are ratios; absolute times are printed for context only.
//
// Both sides send `QueryChatappPhoneNumbers` (a safe read) to a loopback stand-in in a child process that answers
// CAMS's envelope. The raw side signs with node:crypto exactly as contract §2 describes (what a user would write by
// hand); wabakit signs with WebCrypto and adds validation, the pipeline, redaction and response normalisation. The
// QPS limiter is off on the wabakit side: it exists to wait (10/s for this action), which is not overhead.
// Samples are interleaved (raw, wabakit, raw, wabakit…) so load on a shared machine hits both alike.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { measureBundle, ROOT } from './lib/bundles.mjs';
import { startCamsServer } from './lib/cams-server.mjs';
import { quantile, ratio, round } from './lib/stats.mjs';

const quick = process.argv.includes('--quick');
const WARMUP = quick ? 100 : 500;
const SAMPLES = quick ? 500 : 3_000;

// bench/run.mjs snapshots dist/ (BENCH_DIST) so a rebuild elsewhere cannot change it mid-run; `BENCH_DIST=<saved
// dist> node bench/cams.mjs` also measures another build (before/after a change, each against raw in its own run).
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
if (!existsSync(join(DIST, 'cams.js'))) {
  console.error(`${join(DIST, 'cams.js')} is missing: run \`npm run build\` first (npm run bench does).`);
  process.exit(1);
}
const { CamsClient } = await import(pathToFileURL(join(DIST, 'cams.js')).href);


const AK_ID = 'LTAI5tBenchKeyId0001';
const AK_SECRET = 'BenchSecretValue0123456789abcdefghij';
const SPACE = 'cams-bench0001';

/** Raw side: one hand-signed ACS3-HMAC-SHA256 request (contract §2.2–§2.3) with fetch, body read and Code checked. */
function rawCall(origin, host) {
  const query = `CustSpaceId=${encodeURIComponent(SPACE)}`;
  const date = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const nonce = randomBytes(16).toString('hex');
  const empty = createHash('sha256').update('').digest('hex');
  const headers = {
    host,
    'x-acs-action': 'QueryChatappPhoneNumbers',
    'x-acs-content-sha256': empty,
    'x-acs-date': date,
    'x-acs-signature-nonce': nonce,
    'x-acs-version': '2020-06-06',
  };
  const names = Object.keys(headers).sort();
  const canonical = ['POST', '/', query, names.map((n) => `${n}:${headers[n]}\n`).join(''), names.join(';'), empty].join('\n');
  const toSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
  const signature = createHmac('sha256', AK_SECRET).update(toSign).digest('hex');
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${AK_ID},SignedHeaders=${names.join(';')},Signature=${signature}`;
  return fetch(`${origin}/?${query}`, { method: 'POST', headers: { ...headers, accept: 'application/json' } })
    .then((response) => response.json())
    .then((body) => {
      if (body.Code !== 'OK') throw new Error(body.Code);
      return body.PhoneNumbers;
    });
}

async function timeOne(call) {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function main() {
  const server = await startCamsServer();
  const origin = `http://127.0.0.1:${server.port}`;
  const host = `127.0.0.1:${server.port}`;
  const client = new CamsClient({
    accessKeyId: AK_ID,
    accessKeySecret: AK_SECRET,
    custSpaceId: SPACE,
    endpoint: origin,
    qpsLimit: false,
    logLevel: 'off',
  });
  const sdkCall = () => client.waba().phoneNumbers.list();
  const raw = () => rawCall(origin, host);
  try {
    for (let i = 0; i < WARMUP; i++) {
      await raw();
      await sdkCall();
    }
    const rawTimes = [];
    const sdkTimes = [];
    let rawCpu = 0;
    let sdkCpu = 0;
    for (let i = 0; i < SAMPLES; i++) {
      let before = process.cpuUsage();
      rawTimes.push(await timeOne(raw));
      let after = process.cpuUsage(before);
      rawCpu += after.user + after.system;
      before = process.cpuUsage();
      sdkTimes.push(await timeOne(sdkCall));
      after = process.cpuUsage(before);
      sdkCpu += after.user + after.system;
    }
    const bundle = await measureBundle('bench/handlers/cams.mjs');
    const rows = [
      ['warm call, wall p50 (CamsClient / raw signed fetch)', ratio(quantile(sdkTimes, 0.5), quantile(rawTimes, 0.5)), `${round(quantile(sdkTimes, 0.5) * 1000, 0)} µs vs ${round(quantile(rawTimes, 0.5) * 1000, 0)} µs`],
      ['warm call, wall p99', ratio(quantile(sdkTimes, 0.99), quantile(rawTimes, 0.99)), `${round(quantile(sdkTimes, 0.99) * 1000, 0)} µs vs ${round(quantile(rawTimes, 0.99) * 1000, 0)} µs`],
      ['warm call, client CPU', ratio(sdkCpu, rawCpu), `${round(sdkCpu / SAMPLES, 0)} µs vs ${round(rawCpu / SAMPLES, 0)} µs per call`],
      ['bundle: CAMS handler (request code + verify and register), gzip', '—', `${round(bundle.gzipBytes / 1000, 1)} kB (${round(bundle.minBytes / 1000, 1)} kB minified)`],
    ];
    console.log(`\n### CAMS: per-call overhead and handler bundle (${SAMPLES} interleaved samples per side, Node ${process.version})\n`);
    console.log('| measurement | ratio | figures |');
    console.log('|---|---:|---|');
    for (const [name, value, figures] of rows) console.log(`| ${name} | ${value === null ? 'n/a' : value === '—' ? '—' : `${value}×`} | ${figures} |`);
    console.log(`\nLargest contributors to the handler bundle: ${bundle.contributors.map((c) => `${c.owner} ${round(c.minBytes / 1000, 1)} kB`).join(', ')}`);
  } finally {
    server.stop();
  }
}

await main();
