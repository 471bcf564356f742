import type { FaultKind, FaultOptions, OneShotFault } from '../options.js';
import type { SimRandom } from '../random.js';

/** A fault chosen for one request. @internal */
export interface PlannedFault {
  readonly kind: FaultKind;
  readonly when: 'before' | 'after';
}

interface QueuedFault {
  readonly fault: OneShotFault;
  remaining: number;
}

function defaultWhen(kind: FaultKind): 'before' | 'after' {
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
export class FaultControls {
  #options: FaultOptions;
  readonly #queue: QueuedFault[] = [];
  readonly #random: SimRandom;

  /** @internal */
  constructor(options: FaultOptions, random: SimRandom) {
    checkOptions(options);
    this.#options = options;
    this.#random = random;
  }

  /**
   * Queues a fault for the next request(s) matching `path` and `method`.
   * @throws {RangeError} when `times` is not a positive integer.
   * @example
   * sim.faults.next({ path: /\/register$/, kind: 'reset', when: 'after' }); // register runs, the answer is lost
   * sim.faults.next({ path: 'request_code', kind: { graphCode: 133004 } });
   */
  next(fault: OneShotFault): void {
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

  /** Picks the fault for one request, if any. @internal */
  draw(method: string, pathname: string): PlannedFault | undefined {
    const index = this.#queue.findIndex(({ fault }) => matches(fault, method, pathname));
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

  #drawRandom(): PlannedFault | undefined {
    const o = this.#options;
    const table: [number, FaultKind | '5xx'][] = [
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
        const chosen: FaultKind = kind === '5xx' ? (this.#random.float() < 0.5 ? '500' : '503') : kind;
        return { kind: chosen, when: defaultWhen(chosen) };
      }
      draw -= rate;
    }
    return undefined;
  }
}

function matches(fault: OneShotFault, method: string, pathname: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? pathname.includes(fault.path) : fault.path.test(pathname);
}
