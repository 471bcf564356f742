// Turns the measurements into Markdown tables (they paste into docs/performance.md as they are) and a list of
// budget verdicts. Only the size budgets are enforced (by CI, `npm run size`); the timing and memory budgets of
// issue #12 are reported here, never asserted: they depend on the machine and its load.
//
// 1. `wabakit against its baselines`: each #12 budget as a ratio against the baseline it is defined on (bare ky
//    for warm calls, raw fetch for cold start and pagination), measured in the same run.
// 2. `Side by side`: raw fetch, bare ky, the two peer SDKs and wabakit, every figure also as a ratio to raw fetch.
// 3. `Bundle sizes`: every public entry and handler with its CI limit and #12's target.

import { ratio, round } from './stats.mjs';
import { LABELS, SIDES } from '../peers/sides.mjs';
import { parseLimit } from './bundles.mjs';

const us = (value) => (value >= 10_000 ? `${round(value / 1000, 1)} ms` : `${value >= 100 ? Math.round(value) : round(value, 1)} µs`);
const ms = (value) => `${round(value, 1)} ms`;
const kB = (bytes) => `${round(bytes / 1000, 1)} kB`;
const MB = (bytes) => `${round(bytes / 1e6, 1)} MB`;
const times = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);

/** A budget verdict on a ratio ("≤ 1.1×") or a size. */
function verdict(value, max) {
  if (value === null || value === undefined) return 'n/a';
  return value <= max ? 'met' : '**missed**';
}

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function buildReport({ warm, cold, sizes, pagination, validation }) {
  const main = [];
  const budgets = [];
  const add = (measure, sdk, baseline, r, budget = '', status = '') => main.push([measure, sdk, baseline, times(r), budget, status]);
  const budgetRow = (name, value, max, enforced = false) => {
    const status = verdict(value, max);
    budgets.push({ name, value, max, enforced, met: status === 'met' });
    return status;
  };

  if (warm) {
    const { wabakit, ky, raw } = warm.sides;
    const seq = `${warm.sequentialCalls.toLocaleString('en')} sequential \`retrieve()\``;
    const conc = `${warm.concurrentCalls.toLocaleString('en')} calls, ${warm.inFlight} in flight`;
    const pairs = [
      [`Warm: ${seq}, median latency, vs bare ky`, (s) => s.sequential.medianUs, 'warm sequential latency vs ky'],
      ['Warm: sequential, client CPU per call, vs bare ky', (s) => s.sequential.cpuUsPerCall, 'warm sequential CPU vs ky'],
      [`Warm: ${conc}, median latency, vs bare ky`, (s) => s.concurrent.medianUs, 'warm concurrent latency vs ky'],
      ['Warm: concurrent, client CPU per call, vs bare ky', (s) => s.concurrent.cpuUsPerCall, 'warm concurrent CPU vs ky'],
    ];
    for (const [label, pick, name] of pairs) {
      const r = ratio(pick(wabakit), pick(ky));
      add(label, us(pick(wabakit)), us(pick(ky)), r, '≤ 1.1×', budgetRow(name, r, 1.1));
    }
    add(`Warm: ${seq}, median latency, vs raw \`fetch\``, us(wabakit.sequential.medianUs), us(raw.sequential.medianUs), ratio(wabakit.sequential.medianUs, raw.sequential.medianUs));
  }

  if (cold) {
    const { wabakit, raw } = cold.sides;
    const r = ratio(wabakit.firstCallMs, raw.firstCallMs);
    add(`Cold start → first completed call (median of ${cold.runs}), vs raw \`fetch\``, ms(wabakit.firstCallMs), ms(raw.firstCallMs), r, '≤ 1.2×', budgetRow('cold start to first call', r, 1.2));
  }

  if (pagination) {
    const { wabakit, raw } = pagination.sides;
    const pages = Math.ceil(wabakit.count / pagination.pageSize);
    const time = ratio(wabakit.wallMs, raw.wallMs);
    add(`Pagination: ${wabakit.count.toLocaleString('en')} numbers in ${pages} pages, \`for await\`, time, vs raw loop`, ms(wabakit.wallMs), ms(raw.wallMs), time, '≤ 1.3×', budgetRow('pagination time', time, 1.3));
    const peak = ratio(wabakit.maxRssBytes, raw.maxRssBytes);
    add('Pagination: peak RSS of the process (maxRSS), vs raw loop', MB(wabakit.maxRssBytes), MB(raw.maxRssBytes), peak, '≤ 1.2×', budgetRow('pagination peak memory', peak, 1.2));
    add('Pagination: RSS added by the walk', MB(wabakit.rssGrowthBytes), MB(raw.rssGrowthBytes), ratio(wabakit.rssGrowthBytes, raw.rssGrowthBytes));
    add('Pagination: peak heap added by the walk (sampled per page)', MB(wabakit.heapGrowthBytes), MB(raw.heapGrowthBytes), ratio(wabakit.heapGrowthBytes, raw.heapGrowthBytes));
  }

  if (validation) {
    add(
      `Validation: \`PhoneNumberInfo\` of the full node (${kB(validation.bodyBytes)}), per parse, vs \`JSON.parse\``,
      us(validation.validateUs),
      us(validation.jsonParseUs),
      ratio(validation.validateUs, validation.jsonParseUs),
    );
  }

  const tables = [];
  if (main.length > 0) tables.push({ title: 'wabakit against its baselines (same run)', markdown: table(['Measure', 'wabakit', 'baseline', 'ratio', '#12 budget', 'status'], main) });

  if (warm || cold || sizes || pagination) {
    const cell = (section, pick, format) => (side) => {
      const value = section?.sides?.[side] === undefined ? undefined : pick(section.sides[side]);
      if (value === undefined) return '–';
      return `${times(ratio(value, pick(section.sides.raw)))} (${format(value)})`;
    };
    const columns = [
      ['bundle min / gzip', (side) => (sizes ? `${kB(sizes.sides[side].minBytes)} / ${kB(sizes.sides[side].gzipBytes)}` : '–')],
      ['cold start → first call', cell(cold, (s) => s.firstCallMs, ms)],
      ['warm latency, sequential', cell(warm, (s) => s.sequential.medianUs, us)],
      ['warm CPU/call, sequential', cell(warm, (s) => s.sequential.cpuUsPerCall, us)],
      [`warm latency, ${warm?.inFlight ?? 50} in flight`, cell(warm, (s) => s.concurrent.medianUs, us)],
      [`warm CPU/call, ${warm?.inFlight ?? 50} in flight`, cell(warm, (s) => s.concurrent.cpuUsPerCall, us)],
      ['walk 10,000: time', cell(pagination, (s) => s.wallMs, ms)],
      ['walk 10,000: peak RSS', cell(pagination, (s) => s.maxRssBytes, MB)],
    ];
    const rows = SIDES.map((side) => [LABELS[side], ...columns.map(([, format]) => format(side))]);
    tables.push({
      title: 'Side by side: ratios to raw `fetch` in the same run (absolute value in brackets)',
      markdown: table(['', ...columns.map(([name]) => name)], rows),
    });
  }

  if (sizes) {
    const rows = sizes.bundles.map((bundle) => {
      const status = bundle.budget ? budgetRow(`bundle: ${bundle.name}`, bundle.gzipBytes, bundle.budget.bytes, true) : 'no limit yet';
      const target = bundle.target ? (bundle.gzipBytes <= parseLimit(bundle.target) ? 'met' : '**missed**') : '';
      return [
        bundle.name,
        `${kB(bundle.minBytes)} / ${kB(bundle.gzipBytes)}`,
        times(ratio(bundle.gzipBytes, sizes.baseline.gzipBytes)),
        bundle.budget ? `≤ ${bundle.budget.limit}` : '—',
        status,
        bundle.target ? `≤ ${bundle.target}` : '—',
        target,
      ];
    });
    rows.push(['baseline: zod/mini + ky handler', `${kB(sizes.baseline.minBytes)} / ${kB(sizes.baseline.gzipBytes)}`, '1.00×', '', '', '', '']);
    tables.push({
      title: 'Bundle sizes (esbuild, minified, one ESM file; gzip level 9; kB = 1000 B)',
      markdown: table(['Bundle', 'min / gzip', 'gzip vs floor', 'CI limit', 'CI', '#12 target', 'target'], rows),
    });
  }
  return { tables, budgets };
}

/** Every table as Markdown, with its title. */
export function toMarkdown(tables) {
  return tables.map(({ title, markdown }) => `**${title}**\n\n${markdown}`).join('\n\n');
}
