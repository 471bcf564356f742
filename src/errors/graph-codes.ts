/**
 * The Graph error catalog: every code of contract §7 mapped to an error class, Meta's retry advice and,
 * for throttles, the rate-limit scope. Handling is keyed on `code` (contract §7.1), never on the message.
 */

import type { GraphCodeClass, GraphCodeEntry, GraphCodeRow } from './graph-codes/entry.js';
import { businessUseCaseRange, migrationRange, permissionRange } from './graph-codes/ranges.js';
import { GRAPH_CODE_ROWS } from './graph-codes/table.js';
import { graphCodeTitle } from './graph-codes/titles.js';

export type { GraphCodeEntry, GraphErrorClassName } from './graph-codes/entry.js';

const TABLE: ReadonlyMap<number, GraphCodeClass> = new Map(GRAPH_CODE_ROWS);

/**
 * Every code with its own row in the catalog (ranges such as 200–299 are not expanded).
 *
 * Useful to document or snapshot the catalog.
 *
 * @example
 * const rows = [...GRAPH_CODES].map(([code, entry]) => [code, entry.errorClass, entry.retryAdvice]);
 */
// `@__PURE__`: a bundle that never reads GRAPH_CODES drops the call, and with it every title (issue #12).
export const GRAPH_CODES: ReadonlyMap<number, GraphCodeEntry> = /* @__PURE__ */ withTitles(GRAPH_CODE_ROWS);

function withTitles(rows: readonly GraphCodeRow[]): ReadonlyMap<number, GraphCodeEntry> {
  return new Map(rows.map(([code, entry]) => [code, { ...entry, title: graphCodeTitle(code) ?? '' }]));
}

/**
 * How the error mapping handles a code — class, retry advice, throttle scope — without its title (see
 * {@link lookupGraphCode} for the title). Exact rows win; then the documented ranges 200–299 (permission),
 * 80000–80014 (business-use-case throttles) and 2388xxx (migration). Pure; never throws. @internal
 */
export function classifyGraphCode(code: number): GraphCodeClass | undefined {
  if (!Number.isSafeInteger(code)) return undefined;
  return TABLE.get(code) ?? permissionRange(code) ?? businessUseCaseRange(code) ?? migrationRange(code);
}

/**
 * What wabakit knows about a Graph error code: class, retry advice, throttle scope and title.
 *
 * Exact rows win; then the documented ranges 200–299 (permission), 80000–80014 (business-use-case
 * throttles) and 2388xxx (migration). Pure; never throws.
 *
 * @returns the entry, or `undefined` for a code not in contract §7 (map it as a plain `APIError`).
 * @example
 * lookupGraphCode(133016); // { errorClass: 'RegistrationRateLimitError', retryAdvice: 'after-window', scope: 'registration', … }
 * lookupGraphCode(42);     // undefined
 */
export function lookupGraphCode(code: number): GraphCodeEntry | undefined {
  const entry = classifyGraphCode(code);
  return entry === undefined ? undefined : { ...entry, title: graphCodeTitle(code) ?? '' };
}

/**
 * Codes wabakit never retries, whatever `is_transient` or the HTTP status says.
 *
 * PIN mismatch and lockouts (133005, 133008, 133009): guessing locks the number (reliability.md G7);
 * 133016: every (de)registration attempt counts toward the 72 h limit; 137000: do not resend until the customer
 * is re-verified (G17); 131031: the account is locked.
 *
 * @example
 * if (error.code !== undefined && RETRY_NEVER_CODES.has(error.code)) return 'give-up';
 */
export const RETRY_NEVER_CODES: ReadonlySet<number> = new Set([133005, 133008, 133009, 133016, 137000, 131031]);

/**
 * True when the code means a rate limiter refused the call (the request was not acted on): 4, 17, 32, 341, 613,
 * 80000–80014, 130429, 131048, 131056, 131064.
 *
 * The rate-limit guard cools the scope down after these; `X-Business-Use-Case-Usage` gives their window.
 * 133016 is excluded on purpose: it has its own fixed 72 h lock and must never be retried.
 *
 * @example
 * isThrottleCode(80008); // true
 * isThrottleCode(133016); // false
 */
export function isThrottleCode(code: number | undefined): boolean {
  return code !== undefined && classifyGraphCode(code)?.errorClass === 'RateLimitError';
}
