/**
 * Pre-emptive pacing near a usage limit (reliability.md G13): from a threshold on, calls to a scope are spaced,
 * more the closer usage gets to 100 %, so a burst does not run the budget into Meta's block — a block that every
 * further call extends (contract §6).
 */

/** Settings of the usage guard's pre-emptive pacing; see `UsageGuardOptions.pacing`. */
export interface PacingOptions {
  /** @default 90 */
  readonly thresholdPercent?: number | undefined;
  /** @default 1_000 */
  readonly minDelayMs?: number | undefined;
  /** @default 10_000 */
  readonly maxDelayMs?: number | undefined;
}

/** Resolved pacing settings. @internal */
export interface Pacing {
  readonly thresholdPercent: number;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Pacing settings with defaults, or `undefined` when turned off.
 * @throws {RangeError} for a negative or NaN setting.
 * @internal
 */
export function resolvePacing(options: PacingOptions | false | undefined): Pacing | undefined {
  if (options === false) return undefined;
  return {
    thresholdPercent: nonNegative('pacing.thresholdPercent', options?.thresholdPercent ?? 90),
    minDelayMs: nonNegative('pacing.minDelayMs', options?.minDelayMs ?? 1_000),
    maxDelayMs: nonNegative('pacing.maxDelayMs', options?.maxDelayMs ?? 10_000),
  };
}

/**
 * How long to space the next call at `percent` usage: 0 below the threshold, `minDelayMs` at it, growing
 * linearly to `maxDelayMs` at 99 %.
 * @internal
 */
export function pacingDelayMs(pacing: Pacing, percent: number | undefined): number {
  if (percent === undefined || percent < pacing.thresholdPercent) return 0;
  const span = Math.max(1, 99 - pacing.thresholdPercent);
  const fraction = Math.min(1, (percent - pacing.thresholdPercent) / span);
  return Math.round(pacing.minDelayMs + fraction * Math.max(0, pacing.maxDelayMs - pacing.minDelayMs));
}

function nonNegative(name: string, value: number): number {
  if (Number.isNaN(value) || value < 0) throw new RangeError(`usage guard ${name} must be a non-negative number, got ${String(value)}`);
  return value;
}
