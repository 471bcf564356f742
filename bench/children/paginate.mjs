// Pagination, one side per process: `node --expose-gc paginate.mjs <side> <baseUrl> <pageSize>`.
//
// <side> is one of bench/peers/sides.mjs (`sdk` = wabakit): wabakit walks with
// `for await (const number of client.waba(id).phoneNumbers.list({ limit }))`; raw is a fetch loop that follows
// `paging.cursors.after` until `paging.next` is absent; ky and the peers run the same cursor loop through their
// own client. Every side walks every number of the WABA (the server has 10,000) and touches each item.
//
// Memory, two ways (docs/performance.md):
// - peak RSS: `process.resourceUsage().maxRSS` at the end — the whole process's high-water mark, what a
//   serverless platform bills; it includes the code each side loaded.
// - walk growth: that peak minus the RSS measured just before the walk (after imports and a forced GC), i.e.
//   the memory the walk itself added; and the highest `heapUsed` sampled at every page boundary minus
//   `heapUsed` before the walk.

import { WABA_ID } from '../lib/fixtures.mjs';
import { makeWalk } from '../peers/sides.mjs';

const [modeArg, baseUrl, pageSizeArg] = process.argv.slice(2);
const mode = modeArg === 'sdk' ? 'wabakit' : modeArg;
const PAGE_SIZE = Number(pageSizeArg);
const TOKEN = 'EAAbenchmarktoken';
const walk = await makeWalk(mode, baseUrl, WABA_ID, PAGE_SIZE);

// Both sides load Node's fetch (undici) before the snapshot, so "walk growth" is the walk's, not undici's.
await (await fetch(`${baseUrl}/v23.0/${WABA_ID}/phone_numbers?limit=1`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
globalThis.gc?.();
const rssBefore = process.memoryUsage.rss();
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
let count = 0;
let lastIdLength = 0;
const started = performance.now();
for await (const number of walk()) {
  // One heap sample per page (at its first item, when the page is fully parsed and alive).
  if (count % PAGE_SIZE === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  lastIdLength = number.id.length;
  count++;
}
const wallMs = performance.now() - started;
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
if (lastIdLength === 0) throw new Error('no numbers');
process.stdout.write(
  `${JSON.stringify({
    mode,
    count,
    wallMs,
    maxRssBytes,
    rssBeforeBytes: rssBefore,
    rssGrowthBytes: Math.max(0, maxRssBytes - rssBefore),
    heapGrowthBytes: heapPeak - heapBefore,
  })}\n`,
);
