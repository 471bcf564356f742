import type { SimulatorOutcome } from '../faults/outcome.js';
import { truncatedStream, untilAborted } from './fetch.js';

/**
 * The part of msw's `http` namespace the adapter uses. Pass msw's own `http` (`import { http } from 'msw'`):
 * wabakit does not import msw, so it stays an optional dev dependency of yours.
 */
export interface MswHttpLike<Handler> {
  all(predicate: string, resolver: (info: { request: Request }) => Promise<Response>): Handler;
}

/** Options of `sim.mswHandlers`. */
export interface MswHandlersOptions {
  /** Base URL(s) to intercept. @default 'https://graph.facebook.com' */
  readonly baseUrl?: string | readonly string[];
}

/**
 * An outcome as an msw answer: resets become `Response.error()` (msw's network error), hangs wait for the
 * request's abort signal, truncated bodies fail mid-stream.
 * @internal
 */
export async function toMswResponse(outcome: SimulatorOutcome, signal: AbortSignal): Promise<Response> {
  switch (outcome.kind) {
    case 'reset':
      return Response.error();
    case 'hang':
      return untilAborted(signal);
    case 'truncated':
      return new Response(truncatedStream(outcome.body, outcome.cutAt), { status: outcome.status, headers: outcome.headers });
    case 'response':
      return new Response(outcome.body, { status: outcome.status, headers: outcome.headers });
  }
}

/** @internal */
export function createMswHandlers<Handler>(
  respond: (request: Request) => Promise<SimulatorOutcome>,
  http: MswHttpLike<Handler>,
  options: MswHandlersOptions = {},
): Handler[] {
  const bases = options.baseUrl ?? 'https://graph.facebook.com';
  const list = typeof bases === 'string' ? [bases] : [...bases];
  return list.map((base) =>
    http.all(`${base.replace(/\/+$/, '')}/*`, async ({ request }) => toMswResponse(await respond(request), request.signal)),
  );
}
