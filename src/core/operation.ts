import type { z } from 'zod/mini';
import type { APIError } from '../errors/api-error.js';
import type { RegistrationAction } from '../errors/guard-errors.js';
import type { RetryClass } from './retry-policy.js';
import type { WireRequest } from './wire-request.js';

/**
 * The declarative description of one Graph operation. Resource methods build one of these and hand it to the
 * request pipeline; no logic lives in resources.
 */
export interface OperationSpec<P extends z.ZodMiniType = z.ZodMiniType, R extends z.ZodMiniType = z.ZodMiniType> {
  /** A stable name for logs and errors, e.g. `PhoneNumber.register`. */
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path below the version, built with the `path` tag: `106540352242922/register`. */
  readonly path: string;
  readonly retry: RetryClass;
  /** The caller's params, their schema (run before anything is sent), and where they go on the wire. */
  readonly params?: {
    readonly schema: P;
    readonly value: unknown;
    readonly in: 'query' | 'body';
    /** Turns validated params into wire params (e.g. a `fields` array into Graph's comma-separated form). */
    readonly toWire?: (params: z.output<P>) => Record<string, unknown>;
  };
  /**
   * Raw bytes to send as the body instead of JSON (Resumable Upload's byte transfer). Params and `fixed` then go in
   * the query string.
   */
  readonly rawBody?: { readonly bytes: Uint8Array | ArrayBuffer | Blob; readonly contentType?: string };
  /**
   * How a body is encoded: JSON (Graph's default) or `application/x-www-form-urlencoded`, the classic OAuth token
   * request, which keeps `client_secret` and the code out of the URL. @default 'json'
   */
  readonly bodyEncoding?: 'json' | 'form';
  /**
   * Sends this GET wrapped in another request, so a secret in its query (`debug_token`'s `input_token`) stays out
   * of every URL; the wrapped answer is then read as if the GET had been sent directly. The one envelope is Graph's
   * batch endpoint (`graphBatch`, core/batch.ts). Only the operations that use it import it, so other handlers do
   * not ship it (issue #12).
   */
  readonly envelope?: RequestEnvelope;
  /** Extra request headers this operation needs (e.g. Resumable Upload's `file_offset`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The `Authorization` scheme; Resumable Upload documents `OAuth <token>`. @default 'Bearer' */
  readonly authScheme?: 'Bearer' | 'OAuth';
  /** Constant wire fields, e.g. `{ messaging_product: 'whatsapp' }`. */
  readonly fixed?: Readonly<Record<string, unknown>>;
  /** Schema of a successful answer; tolerant of fields Meta adds. */
  readonly response: R;
  /** Graph ids this call touches, for the usage guard's scopes. */
  readonly objectIds: readonly string[];
  /** Set for register/deregister: the registration guard counts the attempt before it is sent. */
  readonly registration?: { readonly phoneNumberId: string; readonly action: RegistrationAction };
  /**
   * Refines a mapped Graph error with the rest of the error body, for endpoints that send results next to `error`
   * (block_users' per-user failures beside 139100). Must not throw.
   */
  readonly mapError?: (error: APIError, body: unknown) => APIError;
  /** How to find out whether a `never` operation took effect when its outcome is unknown. */
  readonly reconcileHint?: string;
}

/** A request that carries another one (see `OperationSpec.envelope`). */
export interface RequestEnvelope {
  /** What the outer request is: its method and path below the version (`''` for the version root). */
  readonly method: 'POST';
  readonly path: string;
  /** A short name for log lines: `GET /v23.0/debug_token (in a batch)`. */
  readonly label: string;
  /** The outer wire request, carrying the inner GET (`relativePath` + its laid-out query) and the proof. */
  readonly wrap: (relativePath: string, inner: WireRequest, proof: string | undefined) => WireRequest;
  /**
   * The inner answer out of a successful outer one: its status and body text, read next as a direct answer.
   * @throws {ValidationError} (direction `response`) when the outer answer is not what the envelope sends back.
   */
  readonly unwrap: (operation: string, body: unknown, fbtraceId: string | undefined) => { status: number; text: string };
}
