/**
 * Checks of the options every client takes ({@link TransportOptions}: one meaning, one range, one message for
 * `WabaCore` and `CamsCore` alike), and the `ValidationError` both clients raise for a bad option.
 */

import { ValidationError } from '../errors/validation-error.js';
import type { TransportOptions } from './options.js';

/** A `ValidationError` for one client option; nothing was sent. @internal */
export function optionError(subject: string, name: string, message: string): ValidationError {
  return new ValidationError({ direction: 'request', subject, issues: [{ path: [name], message, code: 'invalid_option' }] });
}

/**
 * `timeout` and `deadline` positive milliseconds that a timer can hold (≤ 2^31 − 1), `maxRetries` an integer
 * from 0 to 10. `subject` names the client in the message (`client options`, `CAMS client options`).
 * @throws {ValidationError} for the first option out of range.
 * @internal
 */
export function checkTransportOptions(subject: string, options: TransportOptions): void {
  for (const name of ['timeout', 'deadline'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= 2_147_483_647)) {
      throw optionError(subject, name, 'must be a positive number of milliseconds');
    }
  }
  const retries = options.maxRetries;
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0 && retries <= 10)) {
    throw optionError(subject, 'maxRetries', 'must be an integer from 0 to 10');
  }
}

/**
 * An option a core client takes only as a constructed object (`usageGuard: new UsageGuard()`, `qpsLimit: new
 * QpsLimiter()`): plain options for it need the class that builds one, which only the full client ships (issue #12).
 * `false` and `undefined` always pass. Shared by `WabaCore` and `CamsCore`, so both refuse the same way.
 * @throws {ValidationError} with `fix` as the message, when the value is plain options and nothing can build from them.
 * @internal
 */
export function checkConstructedOption<T>(
  subject: string,
  name: string,
  value: T | false | undefined,
  check: { readonly isConstructed: (value: T) => boolean; readonly canBuild: boolean; readonly fix: string },
): void {
  if (value === undefined || value === false || check.canBuild || check.isConstructed(value)) return;
  throw optionError(subject, name, check.fix);
}
