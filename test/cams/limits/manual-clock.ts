import type { QpsClock } from '../../../src/cams/limits/qps-limiter.js';

/** A hand-driven clock for the limiter: timers fire only in {@link ManualClock.advanceTo}, in time order. */
export class ManualClock implements QpsClock {
  #now = 0;
  #seq = 0;
  readonly #timers = new Map<number, { at: number; seq: number; callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.#seq;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), seq: id, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Runs every timer due up to `time`, each at its own instant, letting promise callbacks run in between. */
  async advanceTo(time: number): Promise<void> {
    await flush();
    for (;;) {
      let next: { id: number; at: number; seq: number; callback: () => void } | undefined;
      for (const [id, timer] of this.#timers) {
        if (timer.at <= time && (next === undefined || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq))) next = { id, ...timer };
      }
      if (next === undefined) break;
      this.#timers.delete(next.id);
      this.#now = Math.max(this.#now, next.at);
      next.callback();
      await flush();
    }
    this.#now = Math.max(this.#now, time);
    await flush();
  }
}

/** Lets pending promise reactions run (a few hops: resolve → then → test bookkeeping). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
