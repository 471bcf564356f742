// Warm overhead, one side per process: `node warm.mjs <side> <baseUrl> <sequential> <concurrent> <inFlight>`.
//
// <side> is one of bench/peers/sides.mjs (raw, ky, great-detail, kapso, wabakit; `sdk` = wabakit). Every side
// asks for every field of the number (the largest response). After a warm-up, it measures N sequential calls
// (latency of each, CPU of the process) and M calls with K in flight, and prints one JSON line.
// `node --cpu-prof warm.mjs wabakit …` profiles the same loop (docs/performance.md, "Warm-path profile").

import { ALL_FIELDS, PHONE_NUMBER_ID } from '../lib/fixtures.mjs';
import { median, quantile } from '../lib/stats.mjs';
import { makeCall } from '../peers/sides.mjs';

const [modeArg, baseUrl, sequentialArg, concurrentArg, inFlightArg] = process.argv.slice(2);
const mode = modeArg === 'sdk' ? 'wabakit' : modeArg;
const SEQUENTIAL = Number(sequentialArg);
const CONCURRENT = Number(concurrentArg);
const IN_FLIGHT = Number(inFlightArg);
const WARM_UP = 300;

function cpuMicros(since) {
  const { user, system } = process.cpuUsage(since);
  return user + system;
}

async function sequential(call, count) {
  const latencies = new Float64Array(count);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const result = await call();
    latencies[i] = performance.now() - t0;
    if (result.id !== PHONE_NUMBER_ID) throw new Error('unexpected response');
  }
  const wallMs = performance.now() - started;
  return summarize(latencies, cpuMicros(cpu), wallMs, count);
}

async function concurrent(call, count, inFlight) {
  const latencies = new Float64Array(count);
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const result = await call();
      latencies[i] = performance.now() - t0;
      if (result.id !== PHONE_NUMBER_ID) throw new Error('unexpected response');
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const wallMs = performance.now() - started;
  return summarize(latencies, cpuMicros(cpu), wallMs, count);
}

function summarize(latenciesMs, cpuUs, wallMs, count) {
  const values = Array.from(latenciesMs, (ms) => ms * 1000);
  return {
    medianUs: median(values),
    p90Us: quantile(values, 0.9),
    cpuUsPerCall: cpuUs / count,
    callsPerSecond: (count / wallMs) * 1000,
  };
}

const call = await makeCall(mode, baseUrl, PHONE_NUMBER_ID, ALL_FIELDS);
for (let i = 0; i < WARM_UP; i++) await call();
const seq = await sequential(call, SEQUENTIAL);
const conc = await concurrent(call, CONCURRENT, IN_FLIGHT);
process.stdout.write(`${JSON.stringify({ mode, seq, conc })}\n`);
