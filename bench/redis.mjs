// `npm run bench:redis` (also run by `npm run bench`): the cost of wabakit/redis's reserve — the script every
// register/deregister runs — as a ratio to a bare PING on the same connection, per client. Samples are
// interleaved one by one (PING, reserve, PING, reserve…) so load on a shared machine hits both sides alike.
// Figures are ratios, p50 and p99; absolute times are printed for context only.
//
//   node bench/redis.mjs              needs dist/ (npm run build) and redis-server (or WABAKIT_REDIS_URL)
//   node bench/redis.mjs --quick      fewer samples
//
// Starts its own redis-server on a random loopback port when WABAKIT_REDIS_URL is not set, and stops it by pid.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './lib/bundles.mjs';
import { quantile, ratio, round } from './lib/stats.mjs';

const quick = process.argv.includes('--quick');
const WARMUP = quick ? 200 : 1_000;
const SAMPLES = quick ? 2_000 : 10_000;

if (!existsSync(join(ROOT, 'dist/redis.js'))) {
  console.error('dist/redis.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const { createRedisStores } = await import('../dist/redis.js');

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  if (process.env.WABAKIT_REDIS_URL) return { url: process.env.WABAKIT_REDIS_URL, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'wabakit-bench-redis-'));
  const pidfile = join(dir, 'redis.pid');
  const port = await freePort();
  execFileSync('redis-server', ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1', '--daemonize', 'yes', '--pidfile', pidfile, '--dir', dir]);
  for (let i = 0; i < 200 && !existsSync(pidfile); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => {
      try {
        process.kill(Number(readFileSync(pidfile, 'utf8')));
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Each client: a connected instance, a PING on it, and a close. */
const CLIENTS = {
  'node-redis 6': async (url) => nodeRedis((await import('redis')).createClient, url),
  'node-redis 5': async (url) => nodeRedis((await import('redis5')).createClient, url),
  'node-redis 4': async (url) => nodeRedis((await import('redis4')).createClient, url),
  ioredis: async (url) => ioredis(new (await import('ioredis')).Redis(url)),
  iovalkey: async (url) => ioredis(new (await import('iovalkey')).Valkey(url)),
};

async function nodeRedis(createClient, url) {
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  return { client, ping: () => client.ping(), close: () => client.quit() };
}

function ioredis(client) {
  client.on('error', () => {});
  return { client, ping: () => client.ping(), close: () => client.disconnect() };
}

async function measure(name, url) {
  const { client, ping, close } = await CLIENTS[name](url);
  const { guardStore } = createRedisStores(client, { prefix: `bench-${randomUUID()}:` });
  // A window that never fills (limit 10^9), one key: each reserve prunes, checks the attempt id, counts and adds.
  const reserve = () => guardStore.reserve('wabakit:v1:{106540352242922}:reg:register', 0, 72 * 3_600_000, 1e9, { attemptId: randomUUID(), lockKey: 'wabakit:v1:{106540352242922}:lock:register' });
  const pings = [];
  const reserves = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    let start = performance.now();
    await ping();
    const pingMs = performance.now() - start;
    start = performance.now();
    await reserve();
    const reserveMs = performance.now() - start;
    if (i >= WARMUP) {
      pings.push(pingMs);
      reserves.push(reserveMs);
    }
  }
  await close();
  const p = (values, q) => quantile(values, q);
  return {
    client: name,
    samples: SAMPLES,
    pingP50Us: round(p(pings, 0.5) * 1000),
    reserveP50Us: round(p(reserves, 0.5) * 1000),
    p50Ratio: ratio(p(reserves, 0.5), p(pings, 0.5)),
    pingP99Us: round(p(pings, 0.99) * 1000),
    reserveP99Us: round(p(reserves, 0.99) * 1000),
    p99Ratio: ratio(p(reserves, 0.99), p(pings, 0.99)),
  };
}

const redis = await startRedis();
try {
  const rows = [];
  for (const name of Object.keys(CLIENTS)) rows.push(await measure(name, redis.url));
  const version = execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? '?';
  console.log(`\n## wabakit/redis reserve vs PING (redis-server ${version}, loopback, ${SAMPLES} interleaved samples each)\n`);
  console.log('| client | reserve / PING p50 | reserve / PING p99 | PING p50 (µs) | reserve p50 (µs) |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.client} | ${row.p50Ratio}× | ${row.p99Ratio}× | ${row.pingP50Us} | ${row.reserveP50Us} |`);
  }
} finally {
  redis.stop();
}
