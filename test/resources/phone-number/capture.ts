import { http, HttpResponse, type JsonBodyType } from 'msw';
import { expect } from 'vitest';
import { isValidationError } from '../../../src/errors/guards.js';
import { countRequests, GRAPH } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

export const PHONE = '106540352242922';
export const NODE = `${GRAPH}/v23.0/${PHONE}`;

/** One request as the fake Graph saw it. */
export interface Seen {
  readonly method: string;
  readonly path: string;
  /** Query parameters; `appsecret_proof` would show here for GETs. */
  readonly query: Record<string, string>;
  /** The JSON body, `undefined` when there was none. */
  readonly body: unknown;
  readonly headers: Headers;
}

/**
 * Answers `method url` with `answer` (a JSON value or a Response factory) and records every request it saw.
 * `seen()` returns the recorded requests; most tests assert `seen()` has exactly one.
 */
export function capture(
  method: 'get' | 'post' | 'delete',
  url: string,
  answer: JsonBodyType | (() => Response) = { success: true },
): { seen: () => Seen[]; one: () => Seen } {
  const requests: Seen[] = [];
  server.use(
    http[method](url, async ({ request }) => {
      const text = await request.text();
      const parsed = new URL(request.url);
      requests.push({
        method: request.method,
        path: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
        headers: request.headers,
      });
      return typeof answer === 'function' ? answer() : HttpResponse.json(answer);
    }),
  );
  return {
    seen: () => requests,
    one: () => {
      expect(requests).toHaveLength(1);
      return requests[0]!;
    },
  };
}

/** Runs `call`, expects a request-side `ValidationError` and that nothing reached the network. */
export async function expectRejectedLocally(call: () => Promise<unknown>, message?: RegExp): Promise<void> {
  const counter = countRequests();
  let error: unknown;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  counter.stop();
  expect(isValidationError(error), `expected a ValidationError, got ${String(error)}`).toBe(true);
  expect((error as { direction: string }).direction).toBe('request');
  if (message) expect(JSON.stringify((error as { issues: unknown }).issues)).toMatch(message);
  expect(counter.total()).toBe(0);
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
