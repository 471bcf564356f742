import type { FaultKind } from '../options.js';
import { httpStatusFor } from '../wire/error-titles.js';
import { errorBody } from '../wire/graph-error.js';
import type { RawResponse } from '../pipeline/raw-response.js';

/**
 * What the simulator does with one request, before an adapter turns it into a `fetch` result, an msw answer or
 * bytes on a socket.
 */
export type SimulatorOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string }
  /** The answer's body is cut after `cutAt` bytes (the connection then fails). */
  | {
      readonly kind: 'truncated';
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: string;
      readonly cutAt: number;
    }
  /** The connection drops without an answer. */
  | { readonly kind: 'reset' }
  /** No answer until the caller gives up. */
  | { readonly kind: 'hang' };

const MALFORMED_BODY = '<!DOCTYPE html><html><body>Sorry, something went wrong.</body></html>';
const PLACEHOLDER: RawResponse = {
  status: 200,
  headers: { 'content-type': 'application/json; charset=UTF-8' },
  body: '{"success":true}',
};

function graph(status: number, code: number, traceId: string, details?: string, message?: string): SimulatorOutcome {
  const spec = {
    code,
    status,
    ...(details === undefined ? {} : { details }),
    ...(message === undefined ? {} : { message }),
  };
  return {
    kind: 'response',
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8', 'x-fb-trace-id': traceId },
    body: JSON.stringify(errorBody(spec, traceId)),
  };
}

/**
 * The outcome of a fault; `raw` is the real answer when the request was processed first (`when: 'after'`).
 * @internal
 */
export function faultOutcome(kind: FaultKind, raw: RawResponse | undefined, traceId: string): SimulatorOutcome {
  const real = raw ?? PLACEHOLDER;
  if (kind === 'reset' || kind === 'hang') return { kind };
  if (kind === '500') return graph(500, 131000, traceId, 'Simulated server error (fault injection).');
  if (kind === '503') return graph(503, 2, traceId, 'Simulated service unavailability (fault injection).');
  if (kind === 'malformed') return { kind: 'response', status: real.status, headers: real.headers, body: MALFORMED_BODY };
  if (kind === 'truncated') {
    const length = new TextEncoder().encode(real.body).length;
    return { kind: 'truncated', ...real, cutAt: Math.floor(length / 2) };
  }
  if ('graphCode' in kind) {
    return graph(kind.status ?? httpStatusFor(kind.graphCode), kind.graphCode, traceId, kind.details, kind.message);
  }
  return {
    kind: 'response',
    status: kind.status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...kind.headers },
    body: kind.body,
  };
}
