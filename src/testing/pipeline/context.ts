import type { ResolvedUsage } from '../options.js';
import type { RandomStreams } from '../random.js';
import type { SimStore } from '../state/store.js';
import type { SimToken } from '../state/types.js';
import type { Params } from '../wire/params.js';

/** What a route handler gets for one request. @internal */
export interface HandlerContext {
  readonly store: SimStore;
  /** Simulated time of the request. */
  readonly now: number;
  readonly method: string;
  readonly url: URL;
  readonly params: Params;
  readonly token: SimToken;
  /** The path segment after the edge (`/message_qrdls/{code}`). */
  readonly sub: string | undefined;
  readonly random: RandomStreams;
  readonly usage: ResolvedUsage;
}

/** A handler's answer (JSON-serialised by the pipeline). @internal */
export interface HandlerResult {
  readonly status?: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A route handler on a target object (a phone number, a WABA, a business). @internal */
export type Handler<T> = (ctx: HandlerContext, target: T) => HandlerResult | Promise<HandlerResult>;

/** The methods an edge answers. @internal */
export interface EdgeRoutes<T> {
  readonly GET?: Handler<T>;
  readonly POST?: Handler<T>;
  readonly DELETE?: Handler<T>;
}

/** `{ success: true }`, Graph's answer to mutations (contract §1.2). @internal */
export function success(): HandlerResult {
  return { body: { success: true } };
}

/** A 200 JSON answer. @internal */
export function ok(body: unknown): HandlerResult {
  return { body };
}
