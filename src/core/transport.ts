import ky, { type KyInstance, type Options } from 'ky';

/**
 * One HTTP attempt on ky. Retries are *not* ky's job here (`retry: 0`): the loop lives in `request.ts`, because the
 * guards must see every attempt and because operations with side effects must never be re-sent (ky would retry
 * POSTs on some statuses if told to, and knows nothing of Graph codes). `throwHttpErrors: false` lets the pipeline
 * read the body exactly once and map Graph's error envelope itself.
 */

/** What one attempt sends. */
export interface AttemptRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /**
   * Relative to the base URL, no leading slash: `v23.0/106540352242922/register`. May carry an already-encoded
   * query (`?CustSpaceId=…`): CAMS signs the exact query bytes, which `URLSearchParams` would re-encode.
   */
  readonly path: string;
  /** An already-encoded query string without `?` (`fields=status%2Cthroughput`), appended to `path`; `''` for none. */
  readonly query?: string | undefined;
  readonly json?: unknown;
  /** Raw bytes or a pre-encoded string (CAMS's signed form body), sent as they are (mutually exclusive with `json`). */
  readonly body?: Uint8Array | ArrayBuffer | Blob | URLSearchParams | string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

/** What one attempt got back: status, headers and the body text, read once. */
export interface AttemptResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Why an attempt produced no response. `sent: 'no'` when the connection was never made. */
export class AttemptFailure extends Error {
  declare readonly kind: 'connection' | 'timeout' | 'abort';
  declare readonly sent: 'no' | 'maybe';
  declare readonly underlying: unknown;

  constructor(kind: AttemptFailure['kind'], sent: AttemptFailure['sent'], underlying: unknown) {
    super(kind);
    this.kind = kind;
    this.sent = sent;
    this.underlying = underlying;
  }
}

/** Error codes meaning the request never left this machine (DNS, refused connection, no route). */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_INVALID_URL']);

/** A path that is relative to the base URL as it stands: no leading slash, no scheme (`v23.0/…`, `?Action=…`, ``). */
const PLAIN_RELATIVE = /^(?![a-z][a-z0-9+.-]*:)[^/]/i;

/** The option under which an attempt's signal passes through ky to `fetch` (see the constructor). */
const ATTEMPT_SIGNAL = 'wabakitAttemptSignal';
interface ForwardedInit {
  readonly [ATTEMPT_SIGNAL]: AbortSignal;
}

/** Sends one attempt at a time. @internal */
export class Transport {
  readonly #ky: KyInstance;
  /** The base URL with a trailing slash, as given. */
  readonly #baseUrl: string;
  /**
   * The parsed base URL when plain concatenation resolves a relative path exactly as `new URL(path, base)` does
   * (a base without query or fragment, see {@link PLAIN_RELATIVE}); `undefined` otherwise (or when it is invalid,
   * so that the error surfaces on the attempt, as a connection failure, like before).
   */
  readonly #concatBase: string | undefined;

  constructor(options: { baseUrl: string; fetch?: typeof globalThis.fetch | undefined }) {
    this.#baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.#concatBase = plainBase(this.#baseUrl);
    // Everything that never changes is set here, once: ky merges the instance defaults with the per-call options
    // on every request (issue #12 profile: `deepMergeInternal`, `new Ky`), so each per-call key costs a copy.
    // No `baseUrl`: each attempt gets an absolute URL built below, which spares ky a `new Request(baseUrl)` and a URL
    // resolution per call; and no `searchParams`: the query is already in that URL, which spares ky a second
    // `new Request` (it rebuilds the request to append search params).
    const fetchImpl = options.fetch;
    this.#ky = ky.create({
      retry: 0,
      throwHttpErrors: false,
      // Our own per-attempt timer covers the body read too (ky's covers only the headers).
      timeout: false,
      // The attempt's abort signal reaches fetch beside ky, not through it: ky combines a caller's `signal` with its
      // own controller's through `AbortSignal.any` on every request, a cost that showed in the walk (issue #12,
      // docs/performance.md). ky forwards options it does not know to `fetch` as they are, so the signal travels
      // as one of those and replaces the request's (ky's own controller only aborts on ky's timeouts and retries,
      // both off here). The global `fetch` is read per call, so an interceptor installed later still sees it.
      // A caller's own `fetch` (a logging or proxy wrapper) may pass only the request on, so it gets one request
      // that carries the signal: a timeout or an abort still reaches the network.
      fetch: (input, init) => {
        // Every attempt sets it (`send` below); ky calls this for nothing else.
        const signal = (init as ForwardedInit)[ATTEMPT_SIGNAL];
        return fetchImpl === undefined ? globalThis.fetch(input, { signal }) : fetchImpl(new Request(input, { signal }));
      },
    });
  }

  /** The absolute URL of `request`: base + path (+ `?query` or `&query` when the path already has one). */
  #url(request: AttemptRequest): string {
    const { path, query } = request;
    const url = this.#concatBase !== undefined && PLAIN_RELATIVE.test(path) ? this.#concatBase + path : new URL(path, this.#baseUrl).href;
    if (!query) return url;
    return `${url}${url.includes('?') ? '&' : '?'}${query}`;
  }

  /** Sends `request`; resolves with any HTTP response, rejects with {@link AttemptFailure} when none came. */
  async send(request: AttemptRequest): Promise<AttemptResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    const onAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (request.signal?.aborted) throw new AttemptFailure('abort', 'no', request.signal.reason);
      // Only what changes per call; GET is ky's default method (one key less to merge on the common path).
      const init: Options & ForwardedInit = { headers: request.headers, [ATTEMPT_SIGNAL]: controller.signal };
      if (request.method !== 'GET') init.method = request.method;
      if (request.json !== undefined) init.json = request.json;
      if (request.body !== undefined) init.body = request.body as BodyInit;
      const response = await this.#ky(this.#url(request), init);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (error instanceof AttemptFailure) throw error;
      if (timedOut) throw new AttemptFailure('timeout', 'maybe', error);
      if (request.signal?.aborted) throw new AttemptFailure('abort', 'maybe', request.signal.reason);
      throw new AttemptFailure('connection', wasNeverSent(error) ? 'no' : 'maybe', error);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  }
}

function plainBase(baseUrl: string): string | undefined {
  try {
    const parsed = new URL(baseUrl);
    return parsed.search === '' && parsed.hash === '' && parsed.href.endsWith('/') ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function wasNeverSent(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
