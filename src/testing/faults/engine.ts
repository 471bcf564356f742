import type { FaultKind, FaultOptions, OneShotFault } from '../options.js';
import type { SimRandom } from '../random.js';

/** The fault kinds every simulator understands; the random rates draw only these. */
export type BuiltinFaultKind = '500' | '503' | 'reset' | 'hang' | 'malformed' | 'truncated';

/** What a one-shot fault of any simulator has; each simulator adds how it matches requests (path, action…). */
export interface OneShotFaultBase {
  readonly kind: unknown;
  readonly when?: 'before' | 'after';
  readonly times?: number;
}

/** A fault chosen for one request. @internal */
export interface PlannedFault<Kind = FaultKind> {
  readonly kind: Kind;
  readonly when: 'before' | 'after';
}

interface QueuedFault<Fault> {
  readonly fault: Fault;
  remaining: number;
}

function defaultWhen(kind: unknown): 'before' | 'after' {
  return kind === 'malformed' || kind === 'truncated' ? 'after' : 'before';
}

function checkRate(name: string, value: number | undefined): void {
  if (value !== undefined && !(value >= 0 && value <= 1)) throw new RangeError(`faults.${name} must be between 0 and 1`);
}

function checkOptions(options: FaultOptions): void {
  checkRate('errorRate5xx', options.errorRate5xx);
  checkRate('resetRate', options.resetRate);
  checkRate('hangRate', options.hangRate);
  checkRate('malformedRate', options.malformedRate);
  checkRate('truncatedRate', options.truncatedRate);
  const latency = options.latencyMs;
  const range = typeof latency === 'number' ? [latency, latency] : latency;
  if (range && !(range[0] >= 0 && range[1] >= range[0])) {
    throw new RangeError('faults.latencyMs must be a non-negative number or a [min, max] range with min ≤ max');
  }
}

/**
 * Injected faults: one-shot faults for matching requests (first match wins, in the order queued), then random
 * faults at the configured rates. One PRNG draw per request decides the random fault, so runs with the same
 * seed fail the same requests.
 */
export class FaultControls<Fault extends OneShotFaultBase = OneShotFault> {
  #options: FaultOptions;
  readonly #queue: QueuedFault<Fault>[] = [];
  readonly #random: SimRandom;
  readonly #matches: (fault: Fault, method: string, target: string) => boolean;

  /**
   * `matches` decides whether a queued fault applies to a request; the Graph simulator matches `path` and
   * `method` against the URL, the CAMS simulator `action` against `x-acs-action` (every CAMS call is `POST /`).
   * @internal
   */
  constructor(
    options: FaultOptions,
    random: SimRandom,
    matches: (fault: Fault, method: string, target: string) => boolean = matchesPath as (fault: Fault, method: string, target: string) => boolean,
  ) {
    checkOptions(options);
    this.#options = options;
    this.#random = random;
    this.#matches = matches;
  }

  /**
   * Queues a fault for the next request(s) matching `path` and `method`.
   * @throws {RangeError} when `times` is not a positive integer.
   * @example
   * sim.faults.next({ path: /\/register$/, kind: 'reset', when: 'after' }); // register runs, the answer is lost
   * sim.faults.next({ path: 'request_code', kind: { graphCode: 133004 } });
   */
  next(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError('faults.next: times must be a positive integer');
    this.#queue.push({ fault, remaining: times });
  }

  /**
   * Replaces the random fault rates and latency.
   * @throws {RangeError} for a rate outside 0–1 or a bad latency.
   * @example
   * sim.faults.configure({ errorRate5xx: 0.2, latencyMs: [10, 50] });
   */
  configure(options: FaultOptions): void {
    checkOptions(options);
    this.#options = options;
  }

  /** Removes queued one-shot faults and turns random faults and latency off. */
  clear(): void {
    this.#queue.length = 0;
    this.#options = {};
  }

  /** How many one-shot fault uses are still queued. */
  get pending(): number {
    return this.#queue.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  /** Picks the fault for one request, if any; `target` is what `matches` compares (the path on Graph). @internal */
  draw(method: string, target: string): PlannedFault<Fault['kind'] | BuiltinFaultKind> | undefined {
    const index = this.#queue.findIndex(({ fault }) => this.#matches(fault, method, target));
    const queued = this.#queue[index];
    if (queued) {
      queued.remaining -= 1;
      if (queued.remaining === 0) this.#queue.splice(index, 1);
      return { kind: queued.fault.kind, when: queued.fault.when ?? defaultWhen(queued.fault.kind) };
    }
    return this.#drawRandom();
  }

  /** The latency of one request in ms. @internal */
  latencyMs(): number {
    const latency = this.#options.latencyMs;
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return min + Math.floor(this.#random.float() * (max - min + 1));
  }

  #drawRandom(): PlannedFault<BuiltinFaultKind> | undefined {
    const o = this.#options;
    const table: [number, BuiltinFaultKind | '5xx'][] = [
      [o.resetRate ?? 0, 'reset'],
      [o.hangRate ?? 0, 'hang'],
      [o.errorRate5xx ?? 0, '5xx'],
      [o.malformedRate ?? 0, 'malformed'],
      [o.truncatedRate ?? 0, 'truncated'],
    ];
    if (table.every(([rate]) => rate === 0)) return undefined;
    let draw = this.#random.float();
    for (const [rate, kind] of table) {
      if (draw < rate) {
        const chosen: BuiltinFaultKind = kind === '5xx' ? (this.#random.float() < 0.5 ? '500' : '503') : kind;
        return { kind: chosen, when: defaultWhen(chosen) };
      }
      draw -= rate;
    }
    return undefined;
  }
}

function matchesPath(fault: OneShotFault, method: string, pathname: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? pathname.includes(fault.path) : fault.path.test(pathname);
}
