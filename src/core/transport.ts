import ky, { type KyInstance } from 'ky';

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
  readonly searchParams?: URLSearchParams | undefined;
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
  constructor(
    readonly kind: 'connection' | 'timeout' | 'abort',
    readonly sent: 'no' | 'maybe',
    readonly underlying: unknown,
  ) {
    super(kind);
  }
}

/** Error codes meaning the request never left this machine (DNS, refused connection, no route). */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_INVALID_URL']);

/** Sends one attempt at a time. @internal */
export class Transport {
  readonly #ky: KyInstance;

  constructor(options: { baseUrl: string; fetch?: typeof globalThis.fetch | undefined }) {
    this.#ky = ky.create({
      baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      retry: 0,
      throwHttpErrors: false,
      // Our own per-attempt timer covers the body read too (ky's covers only the headers).
      timeout: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
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
      const response = await this.#ky(request.path, {
        method: request.method,
        headers: request.headers,
        signal: controller.signal,
        ...(request.searchParams ? { searchParams: request.searchParams } : {}),
        ...(request.json === undefined ? {} : { json: request.json }),
        ...(request.body === undefined ? {} : { body: request.body as BodyInit }),
      });
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

function wasNeverSent(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
