import type { APIErrorName, RateLimitScope, RetryAdvice } from '../api-error.js';

/** The class a Graph code maps to: an {@link APIError} subclass name, or `APIError` itself. */
export type GraphErrorClassName = 'APIError' | APIErrorName;

/**
 * How wabakit handles one Graph error code (contract §7): the error class it becomes, what Meta advises after it,
 * and — for throttles — which budget ran out. What the error mapping reads; the title lives apart
 * (`graph-codes/titles.ts`) so that a core client's bundle need not carry it. @internal
 */
export interface GraphCodeClass {
  readonly errorClass: GraphErrorClassName;
  readonly retryAdvice: RetryAdvice;
  /** Set for {@link RateLimitError} codes only. */
  readonly scope?: RateLimitScope;
}

/**
 * What wabakit knows about one Graph error code (contract §7): the error class it becomes, what Meta advises
 * after it, and — for throttles — which budget ran out.
 *
 * @example
 * const entry: GraphCodeEntry = { errorClass: 'RateLimitError', retryAdvice: 'after-window', scope: 'app', title: 'API Too Many Calls' };
 */
export interface GraphCodeEntry extends GraphCodeClass {
  /** Meta's title for the code (English, informative only — never map on it). */
  readonly title: string;
}

/** A row of a code table: the code and how it is handled. @internal */
export type GraphCodeRow = readonly [code: number, entry: GraphCodeClass];

/**
 * The rows of every code in `codes`, all handled alike. The tables group their codes this way — one line per
 * class and advice — rather than one call per code: the same table in fewer bytes of every bundle that maps Graph
 * codes (issue #12). The codes of a line share one entry (read-only). @internal
 */
export function rows(codes: readonly number[], errorClass: GraphErrorClassName, retryAdvice: RetryAdvice, scope?: RateLimitScope): GraphCodeRow[] {
  const entry: GraphCodeClass = scope === undefined ? { errorClass, retryAdvice } : { errorClass, retryAdvice, scope };
  return codes.map((code) => [code, entry]);
}
