import { QpsLimiter } from '../limits/qps-limiter.js';
import type { CamsQpsOptions } from './options.js';

/**
 * The pipeline's pre-send limiter for a client's `qpsLimit` option: each `Action` waits for a slot under its
 * documented QPS (contract §3.5), or nothing at all for `false`. CAMS sends no usage headers, so this takes the
 * place Graph's usage guard has. @internal
 * @throws {RangeError} for a QPS that is not a positive number.
 */
export function createQps(options: CamsQpsOptions | false | undefined): ((action: string, signal: AbortSignal | undefined) => Promise<void>) | undefined {
  if (options === false) return undefined;
  const limiter = new QpsLimiter(options ?? {});
  return (action, signal) => limiter.acquire(action, signal);
}
