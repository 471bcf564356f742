/** A clock the test moves by hand, so the simulator's time rules (14 days, 72 h, 30 s…) need no real sleeps. */
export interface ManualClock {
  /** The current simulated time in ms since the epoch. */
  (): number;
  /** Moves the time forward by `ms` (negative values are refused). */
  advance(ms: number): void;
  /** Jumps to an absolute time in ms since the epoch. */
  set(ms: number): void;
}

/** 2026-01-01T00:00:00Z — an arbitrary, fixed default start so runs are reproducible. */
const DEFAULT_START = Date.UTC(2026, 0, 1);

/**
 * Creates a clock for `createSimulator({ clock })` that only moves when told to.
 *
 * @throws {RangeError} from `advance` when `ms` is negative or not finite.
 * @example
 * const clock = manualClock();
 * const sim = createSimulator({ clock });
 * clock.advance(15 * 24 * 3600_000); // 15 days later: a VERIFIED number is now EXPIRED
 */
export function manualClock(start: number = DEFAULT_START): ManualClock {
  let now = start;
  const clock = (() => now) as ManualClock;
  clock.advance = (ms: number) => {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance() needs a finite, non-negative number of ms');
    now += ms;
  };
  clock.set = (ms: number) => {
    now = ms;
  };
  return clock;
}
