import type { QpsLimiter } from '../limits/qps-limiter.js';
import type { CamsQpsOptions } from './options.js';

/** Builds a client's QPS limiter from `qpsLimit` options: `CamsClient` passes it; `CamsCore` has none. @internal */
export type QpsLimiterFactory = (options: CamsQpsOptions) => QpsLimiter;

/**
 * The pipeline's pre-send limiter for a client's `qpsLimit` option: each `Action` waits for a slot under its
 * documented QPS (contract §3.5), or nothing at all for `false` (and on a `CamsCore` given no limiter). CAMS sends
 * no usage headers, so this takes the place Graph's usage guard has. The limiter class comes from the caller, so a
 * `CamsCore` bundle leaves it and its QPS table out (issue #12). @internal
 * @throws {RangeError} for a QPS that is not a positive number.
 */
export function createQps(
  option: CamsQpsOptions | QpsLimiter | false | undefined,
  createLimiter: QpsLimiterFactory | undefined,
): ((action: string, signal: AbortSignal | undefined) => Promise<void>) | undefined {
  if (option === false) return undefined;
  const limiter = isQpsLimiter(option) ? option : createLimiter?.(option ?? {});
  return limiter && ((action, signal) => limiter.acquire(action, signal));
}

/** A constructed `QpsLimiter` (shared as it is) rather than options for one; by shape, so as not to import it. @internal */
export function isQpsLimiter(value: CamsQpsOptions | QpsLimiter | undefined): value is QpsLimiter {
  return typeof (value as Partial<QpsLimiter> | undefined)?.acquire === 'function';
}
