import type { APIErrorName, RateLimitScope, RetryAdvice } from '../api-error.js';

/** The class a Graph code maps to: an {@link APIError} subclass name, or `APIError` itself. */
export type GraphErrorClassName = 'APIError' | APIErrorName;

/**
 * What wabakit knows about one Graph error code (contract §7): the error class it becomes, what Meta advises
 * after it, and — for throttles — which budget ran out.
 *
 * @example
 * const entry: GraphCodeEntry = { errorClass: 'RateLimitError', retryAdvice: 'after-window', scope: 'app', title: 'API Too Many Calls' };
 */
export interface GraphCodeEntry {
  readonly errorClass: GraphErrorClassName;
  readonly retryAdvice: RetryAdvice;
  /** Set for {@link RateLimitError} codes only. */
  readonly scope?: RateLimitScope;
  /** Meta's title for the code (English, informative only — never map on it). */
  readonly title: string;
}

/** A row of a code table: the code and its entry. @internal */
export type GraphCodeRow = readonly [code: number, entry: GraphCodeEntry];

/**
 * One catalog row as text, `'<code> <class> <advice>[/<scope>] <title>'`, e.g.
 * `'4 RateLimitError after-window/app API Too Many Calls'`. @internal
 *
 * Why text and not objects (issue #12): every handler bundle carries the catalog, and 117 object literals cost
 * 9.2 kB minified / 2.6 kB gzip where the same rows as strings cost 7.6 / 2.2 kB (gzip folds the repeated class
 * and advice names). The template type still has the compiler check each class, advice and scope (a scope only on throttles).
 */
export type GraphCodeLine =
  | `${number} ${GraphErrorClassName} ${RetryAdvice} ${string}`
  | `${number} ${'RateLimitError' | 'RegistrationRateLimitError'} after-window/${RateLimitScope} ${string}`;

/** Reads one {@link GraphCodeLine} (the format is fixed by its type, so no error path). @internal */
export function parseLine(line: GraphCodeLine): GraphCodeRow {
  const first = line.indexOf(' ');
  const second = line.indexOf(' ', first + 1);
  const third = line.indexOf(' ', second + 1);
  const errorClass = line.slice(first + 1, second) as GraphErrorClassName;
  const [retryAdvice, scope] = line.slice(second + 1, third).split('/') as [RetryAdvice, RateLimitScope?];
  const title = line.slice(third + 1);
  return [Number(line.slice(0, first)), scope === undefined ? { errorClass, retryAdvice, title } : { errorClass, retryAdvice, title, scope }];
}
