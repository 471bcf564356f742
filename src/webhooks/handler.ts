import type { APIError } from '../errors/api-error.js';
import { dedupe, type DedupeOptions } from './dedupe.js';
import { isWebhookHandshakeError, isWebhookPayloadError, isWebhookSignatureError, WebhookPayloadError } from './errors.js';
import { toWebhookEvents, type IncomingMessageEvent, type MessageStatusEvent, type WebhookChangeEvent, type WebhookEvent } from './events.js';
import { verifyHandshake } from './handshake.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from './idempotency-store.js';
import { parseWebhook } from './parse.js';
import { createSignatureVerifier, secretsOf, SIGNATURE_HEADER, type AppSecretSource } from './signature.js';

/** A value, or a promise of it: what the handler's callbacks may return. */
export type Awaitable<T> = T | PromiseLike<T>;

/** Options of {@link createWebhookHandler}: the secrets, where to remember event ids, and what to call. */
export type WebhookHandlerOptions = AppSecretSource & {
  /** The verify token you entered in the App Dashboard; answers Meta's GET verification request. */
  readonly verifyToken: string;
  /**
   * Remembers which events already ran. The default lives in this process's memory: use a shared store
   * (Redis, DynamoDB, KV) when several instances or serverless functions receive deliveries.
   * @default new MemoryIdempotencyStore()
   */
  readonly dedupeStore?: IdempotencyStore;
  /** Lease and retention of event ids. @default { ttlMs: 8 days, leaseMs: 10 minutes } */
  readonly dedupe?: DedupeOptions;
  /** A change of an account or number field (or an unknown/invalid one), once per event id. */
  readonly onChange?: (event: WebhookChangeEvent) => Awaitable<unknown>;
  /** A status of a message you sent, once per `${wamid}:${status}`. */
  readonly onStatus?: (event: MessageStatusEvent) => Awaitable<unknown>;
  /** Each error of a status, as the typed error the transport would throw (137000 → `IdentityMismatchError`). */
  readonly onStatusError?: (error: APIError, event: MessageStatusEvent) => Awaitable<unknown>;
  /** A message a customer sent, once per `wamid`. */
  readonly onMessage?: (event: IncomingMessageEvent) => Awaitable<unknown>;
  /**
   * Told about every refused request (signature, handshake or payload error — no event) and every callback
   * that threw (with its event). Never receives a secret. Errors thrown here are ignored.
   */
  readonly onError?: (error: unknown, event?: WebhookEvent) => void;
  /**
   * Largest body read; bigger requests get 413 before any parsing. Meta's payloads are at most 3 MB.
   * @default 4_194_304 (4 MiB)
   */
  readonly maxBodyBytes?: number;
};

/** Per-request hooks of the runtime, e.g. a Worker's `ctx` or Next.js's `after`. */
export interface WebhookRequestContext {
  /**
   * When given, the response (200) is sent as soon as the signature is verified and the body parsed; the
   * callbacks then run in the background. A failing callback can then no longer make Meta retry — report it
   * with `onError` and rely on your own retry.
   */
  readonly waitUntil?: (promise: Promise<unknown>) => void;
}

/** A fetch-style webhook endpoint: `(Request) => Promise<Response>`. */
export type WebhookRequestHandler = (request: Request, context?: WebhookRequestContext) => Promise<Response>;

/**
 * Creates a complete webhook endpoint for fetch-style runtimes (Workers, Deno, Bun, Next.js route handlers, or
 * Node through a small adapter).
 *
 * - `GET`: Meta's verification handshake — 200 with `hub.challenge` when the verify token matches, else 403.
 *   No signature check applies to it.
 * - `POST`: reads the raw body (413 above `maxBodyBytes`), verifies `X-Hub-Signature-256` against every
 *   configured app secret (401 when the header is missing, 403 when it is malformed or wrong), parses the
 *   delivery (400 when it is not a webhook), then runs your callbacks **once per event id** through the
 *   dedupe store and answers 200. If a callback throws, the answer is 500 so Meta redelivers; events that
 *   already ran are skipped on the redelivery.
 * - anything else: 405.
 *
 * Response bodies are generic ("Forbidden"…); details go to `onError` only.
 *
 * @throws {TypeError} at creation when the app secret or the verify token is empty.
 * @example
 * export const handleWebhook = createWebhookHandler({
 *   appSecrets: [env.APP_SECRET, env.APP_SECRET_PREVIOUS],
 *   verifyToken: env.VERIFY_TOKEN,
 *   onChange: ({ change }) => { if (change.type === 'account_update') console.log(change.value.event); },
 *   onStatusError: (error, { status }) => { if (isIdentityMismatchError(error)) markUntrusted(status.recipient_id); },
 * });
 * // Cloudflare Worker: export default { fetch: (request, env, ctx) => handleWebhook(request, ctx) };
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookRequestHandler {
  const verify = createSignatureVerifier(secretsOf(options));
  const { verifyToken } = options;
  if (typeof verifyToken !== 'string' || verifyToken.length === 0) throw new TypeError('verifyToken must be a non-empty string');
  const store = options.dedupeStore ?? new MemoryIdempotencyStore();
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const report = (error: unknown, event?: WebhookEvent): void => {
    try {
      options.onError?.(error, event);
    } catch {
      // A failing error hook must not turn a handled request into a crash.
    }
  };

  const run = async (event: WebhookEvent): Promise<void> => {
    if (event.kind === 'status') {
      await options.onStatus?.(event);
      for (const error of event.errors) await options.onStatusError?.(error, event);
    } else if (event.kind === 'message') {
      await options.onMessage?.(event);
    } else {
      await options.onChange?.(event);
    }
  };
  const wants = (event: WebhookEvent): boolean =>
    event.kind === 'status'
      ? options.onStatus !== undefined || (options.onStatusError !== undefined && event.errors.length > 0)
      : event.kind === 'message'
        ? options.onMessage !== undefined
        : options.onChange !== undefined;

  // Never rejects: resolves false when at least one callback failed.
  const dispatch = async (events: readonly WebhookEvent[]): Promise<boolean> => {
    let ok = true;
    for (const event of events) {
      if (!wants(event)) continue; // no callback, nothing to remember
      try {
        await dedupe(store, event.id, () => run(event), options.dedupe);
      } catch (error) {
        ok = false;
        report(error, event);
      }
    }
    return ok;
  };

  return async (request, context) => {
    const method = request.method.toUpperCase();
    if (method === 'GET') {
      try {
        const challenge = verifyHandshake(new URL(request.url), verifyToken);
        return reply(200, challenge);
      } catch (error) {
        if (!isWebhookHandshakeError(error)) throw error;
        report(error);
        return reply(403, 'Forbidden');
      }
    }
    if (method !== 'POST') return reply(405, 'Method Not Allowed', { allow: 'GET, POST' });

    const body = await readBody(request, maxBodyBytes);
    if (!body) {
      report(new WebhookPayloadError('too-large'));
      return reply(413, 'Payload Too Large');
    }
    try {
      await verify(body, request.headers.get(SIGNATURE_HEADER));
    } catch (error) {
      if (!isWebhookSignatureError(error)) throw error;
      report(error);
      return error.reason === 'missing' ? reply(401, 'Unauthorized') : reply(403, 'Forbidden');
    }
    let events: WebhookEvent[];
    try {
      events = await toWebhookEvents(parseWebhook(body));
    } catch (error) {
      if (!isWebhookPayloadError(error)) throw error;
      report(error);
      return reply(400, 'Bad Request');
    }
    if (context?.waitUntil) {
      context.waitUntil(dispatch(events));
      return reply(200, 'OK');
    }
    return (await dispatch(events)) ? reply(200, 'OK') : reply(500, 'Internal Server Error');
  };
}

function reply(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers },
  });
}

/** The body's bytes, or undefined as soon as it exceeds `max` (stops reading; never buffers more than `max`). */
async function readBody(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max) return undefined;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
