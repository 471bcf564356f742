import { ValidationError } from '../errors/validation-error.js';

/** Sentinel of {@link parseJson} for an empty or non-JSON body. @internal */
export const NOT_JSON = Symbol('not-json');

/**
 * The body as JSON, or {@link NOT_JSON}. No `trim()` first: `JSON.parse` already refuses whitespace-only text, and
 * copying every answer's body cost measurable time on the warm path (docs/performance.md, profile). @internal
 */
export function parseJson(text: string): unknown {
  if (text === '') return NOT_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/**
 * The failure of a 2xx answer whose body is not JSON (empty, truncated or HTML from a proxy), the same on every
 * provider: a `malformed` attempt, retried only for safe operations. @internal
 */
export function notJsonAnswer(operation: string, status: number, traceId?: { readonly fbtraceId?: string | undefined }) {
  return {
    ok: false as const,
    failure: { kind: 'malformed' as const },
    error: new ValidationError({
      direction: 'response',
      subject: `${operation} response (HTTP ${status}, body is not JSON)`,
      issues: [{ path: [], message: 'response body is not valid JSON (empty, truncated or not JSON)', code: 'invalid_json' }],
      ...traceId,
      status,
    }),
  };
}
