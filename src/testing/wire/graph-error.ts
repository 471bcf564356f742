import { httpStatusFor, TITLES, TRANSIENT } from './error-titles.js';

/** Everything needed to answer with one Graph error envelope (contract §7.1). */
export interface GraphErrorSpec {
  readonly code: number;
  /** Full `message`; default `(#code) title`. */
  readonly message?: string;
  /** `error_data.details`. */
  readonly details?: string;
  readonly subcode?: number;
  /** @default 'OAuthException' */
  readonly type?: string;
  /** HTTP status; default from the contract's old column. */
  readonly status?: number;
  readonly isTransient?: boolean;
  /** Extra top-level body members next to `error` (block_users lists, for instance). */
  readonly extraBody?: Readonly<Record<string, unknown>>;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown by handlers to answer with a Graph error. @internal */
export class SimGraphError extends Error {
  constructor(readonly spec: GraphErrorSpec) {
    super(spec.message ?? `(#${spec.code}) ${TITLES[spec.code] ?? 'Simulated error'}`);
  }
}

/**
 * A Graph error with Meta's message format and optional details.
 * @internal
 */
export function graphError(code: number, details?: string, more: Omit<GraphErrorSpec, 'code' | 'details'> = {}): SimGraphError {
  return new SimGraphError(details === undefined ? { ...more, code } : { ...more, code, details });
}

/** `(#100) Invalid parameter` with a details line naming the parameter. @internal */
export function invalidParam(details: string, message?: string): SimGraphError {
  return graphError(100, details, message === undefined ? {} : { message: `(#100) ${message}` });
}

/** Graph's answer for an object that does not exist or does not support the method (code 100, subcode 33). @internal */
export function unsupportedRequest(method: string, id: string): SimGraphError {
  return new SimGraphError({
    code: 100,
    subcode: 33,
    type: 'GraphMethodException',
    message:
      `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to ` +
      'missing permissions, or does not support this operation. Please read the Graph API documentation at ' +
      'https://developers.facebook.com/docs/graph-api',
  });
}

/** The HTTP status of a spec. @internal */
export function statusOf(spec: GraphErrorSpec): number {
  return spec.status ?? httpStatusFor(spec.code);
}

/**
 * The JSON body of a Graph error, exactly in Meta's envelope shape:
 * `{ error: { message, type, code, error_subcode?, is_transient?, error_data: { messaging_product, details }, fbtrace_id } }`.
 * @internal
 */
export function errorBody(spec: GraphErrorSpec, fbtraceId: string): Record<string, unknown> {
  const title = TITLES[spec.code] ?? 'Simulated error';
  const transient = spec.isTransient ?? (TRANSIENT.has(spec.code) ? true : undefined);
  const error: Record<string, unknown> = {
    message: spec.message ?? `(#${spec.code}) ${title}`,
    type: spec.type ?? 'OAuthException',
    code: spec.code,
  };
  if (spec.subcode !== undefined) error['error_subcode'] = spec.subcode;
  if (transient !== undefined) error['is_transient'] = transient;
  if (spec.details !== undefined) error['error_data'] = { messaging_product: 'whatsapp', details: spec.details };
  error['fbtrace_id'] = fbtraceId;
  return { ...spec.extraBody, error };
}
