/** Whose clock the scripts read. @internal */
export interface StoreClock {
  /** `''` for the server's `TIME`, else the client's epoch ms as the scripts' `ARGV[1]`. */
  nowArg(): string;
  /** Added to the registration window and lock TTLs with a client clock, so skew only makes the guard stricter. */
  readonly skewMs: number;
}

/** @internal */
export function serverClock(): StoreClock {
  return { nowArg: () => '', skewMs: 0 };
}

/** @internal */
export function clientClock(now: () => number, skewMs: number): StoreClock {
  return { nowArg: () => String(Math.floor(now())), skewMs };
}
