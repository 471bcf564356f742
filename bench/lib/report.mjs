// Turns the measurements into table rows (Markdown, so the output pastes into docs/performance.md as is) and
// a list of budget verdicts. Only the size budgets are enforced (by CI); the others are reported here.

import { ratio, round } from './stats.mjs';

const us = (value) => (value >= 10_000 ? `${round(value / 1000, 1)} ms` : `${value >= 100 ? Math.round(value) : round(value, 1)} µs`);
const ms = (value) => `${round(value, 1)} ms`;
const kB = (bytes) => `${round(bytes / 1000, 1)} kB`;
const MB = (bytes) => `${round(bytes / 1e6, 1)} MB`;
const times = (value) => (value === null ? '–' : `${value.toFixed(2)}×`);

/** A budget verdict on a ratio ("≤ 1.15×") or a size ("≤ 25 kB gzip"). */
function verdict(value, max) {
  if (value === null || value === undefined) return 'n/a';
  return value <= max ? 'met' : '**missed**';
}

export function buildReport({ warm, cold, sizes, pagination, validation }) {
  const rows = [];
  const budgets = [];
  const add = (measure, sdk, baseline, r, budget = '', status = '') => rows.push({ measure, sdk, baseline, ratio: times(r), budget, status });
  const budgetRow = (name, value, max, unit, enforced) => {
    const status = verdict(value, max);
    budgets.push({ name, value, max, unit, enforced, met: status === 'met' });
    return status;
  };

  if (warm) {
    const { sdk, raw } = warm;
    const seq = ratio(sdk.sequential.medianUs, raw.sequential.medianUs);
    const conc = ratio(sdk.concurrent.medianUs, raw.concurrent.medianUs);
    add(`Warm: ${warm.sequentialCalls.toLocaleString('en')} sequential \`retrieve()\`, median latency`, us(sdk.sequential.medianUs), us(raw.sequential.medianUs), seq, '≤ 1.15×', budgetRow('warm sequential latency', seq, 1.15, '×', false));
    add('Warm: sequential, CPU time per call', us(sdk.sequential.cpuUsPerCall), us(raw.sequential.cpuUsPerCall), ratio(sdk.sequential.cpuUsPerCall, raw.sequential.cpuUsPerCall));
    add(`Warm: ${warm.concurrentCalls.toLocaleString('en')} calls, ${warm.inFlight} in flight, median latency`, us(sdk.concurrent.medianUs), us(raw.concurrent.medianUs), conc, '≤ 1.15×', budgetRow('warm concurrent latency', conc, 1.15, '×', false));
    add('Warm: concurrent, CPU time per call', us(sdk.concurrent.cpuUsPerCall), us(raw.concurrent.cpuUsPerCall), ratio(sdk.concurrent.cpuUsPerCall, raw.concurrent.cpuUsPerCall));
  }

  if (cold) {
    const r = ratio(cold.sdk.firstCallMs, cold.raw.firstCallMs);
    add(`Cold start → first completed call (median of ${cold.runs})`, ms(cold.sdk.firstCallMs), ms(cold.raw.firstCallMs), r, '≤ 1.3×', budgetRow('cold start to first call', r, 1.3, '×', false));
  }

  if (sizes) {
    const baseline = sizes.find((bundle) => bundle.id === 'baseline');
    for (const bundle of sizes) {
      if (bundle.id === 'baseline') continue;
      const label = `Bundle: ${bundle.label}${bundle.note && bundle.entry ? ` (${bundle.note})` : ''}, min / gzip`;
      if (!bundle.entry) {
        add(`Bundle: ${bundle.label}`, `not measured: ${bundle.note}`, '', null);
        continue;
      }
      const status = bundle.budget ? budgetRow(`bundle: ${bundle.label}`, bundle.gzipBytes, bundle.budget.bytes, 'B gzip', true) : '';
      add(
        label,
        `${kB(bundle.minBytes)} / ${kB(bundle.gzipBytes)}`,
        baseline ? `${kB(baseline.minBytes)} / ${kB(baseline.gzipBytes)}` : '',
        baseline ? ratio(bundle.gzipBytes, baseline.gzipBytes) : null,
        bundle.budget ? `≤ ${bundle.budget.limit} gzip` : '',
        status,
      );
    }
  }

  if (pagination) {
    const { sdk, raw } = pagination;
    const pages = Math.ceil(sdk.count / pagination.pageSize);
    add(`Pagination: ${sdk.count.toLocaleString('en')} numbers in ${pages} pages, \`for await\`, time`, ms(sdk.wallMs), ms(raw.wallMs), ratio(sdk.wallMs, raw.wallMs));
    const peak = ratio(sdk.maxRssBytes, raw.maxRssBytes);
    add('Pagination: peak RSS of the process (maxRSS)', MB(sdk.maxRssBytes), MB(raw.maxRssBytes), peak, '≤ 1.2×', budgetRow('pagination peak memory', peak, 1.2, '×', false));
    add('Pagination: RSS added by the walk', MB(sdk.rssGrowthBytes), MB(raw.rssGrowthBytes), ratio(sdk.rssGrowthBytes, raw.rssGrowthBytes));
    add('Pagination: peak heap added by the walk (sampled per page)', MB(sdk.heapGrowthBytes), MB(raw.heapGrowthBytes), ratio(sdk.heapGrowthBytes, raw.heapGrowthBytes));
  }

  if (validation) {
    add(
      `Validation: \`PhoneNumberInfo\` of the full node (${kB(validation.bodyBytes)}), per parse; baseline \`JSON.parse\``,
      us(validation.validateUs),
      us(validation.jsonParseUs),
      ratio(validation.validateUs, validation.jsonParseUs),
    );
  }
  return { rows, budgets };
}

/** The rows as a Markdown table. */
export function toMarkdown(rows) {
  const header = ['Measure', 'wabakit', 'baseline', 'ratio', 'budget', 'status'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${[row.measure, row.sdk, row.baseline, row.ratio, row.budget, row.status].join(' | ')} |`);
  return lines.join('\n');
}
