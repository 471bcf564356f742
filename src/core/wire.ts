import type { OperationSpec } from './operation.js';

/** Query string and JSON body of one operation, as they go on the wire. */
export interface WireRequest {
  readonly searchParams: URLSearchParams | undefined;
  readonly json: Record<string, unknown> | undefined;
  /** Raw bytes (see `OperationSpec.rawBody`) or a form body (`bodyEncoding: 'form'`) instead of JSON. */
  readonly body: Uint8Array | ArrayBuffer | Blob | URLSearchParams | undefined;
}

/**
 * Lays out validated params: query for GET and DELETE (and params declared `in: 'query'`), JSON body for POST and
 * for a DELETE whose params are declared `in: 'body'`.
 *
 * `appsecret_proof` rides in the JSON body when there is one and in the query otherwise (Graph accepts both; a body keeps it
 * out of access logs). The access token is never here — it goes only in the `Authorization` header (reliability G9).
 */
export function toWire(spec: OperationSpec, params: unknown, proof: string | undefined): WireRequest {
  const wireParams: Record<string, unknown> = {
    ...(spec.params?.toWire ? spec.params.toWire(params as never) : (params as Record<string, unknown> | undefined)),
  };
  // POSTs always carry a body; a DELETE does when its params say so (block_users' unblock, contract §3.9).
  const hasBody = spec.rawBody === undefined && (spec.method === 'POST' || (spec.method === 'DELETE' && spec.params?.in === 'body'));
  const inQuery = !hasBody || spec.params?.in === 'query';
  const query: Record<string, unknown> = inQuery ? { ...wireParams } : {};
  const body: Record<string, unknown> | undefined = hasBody ? { ...spec.fixed, ...(inQuery ? {} : wireParams) } : undefined;
  if (!hasBody && spec.fixed) Object.assign(query, spec.fixed);
  if (proof !== undefined) {
    if (body) body['appsecret_proof'] = proof;
    else query['appsecret_proof'] = proof;
  }
  const searchParams = toSearchParams(query);
  if (body && spec.bodyEncoding === 'form') return { searchParams, json: undefined, body: toSearchParams(body) ?? new URLSearchParams() };
  return { searchParams, json: body, body: spec.rawBody?.bytes };
}

function toSearchParams(query: Record<string, unknown>): URLSearchParams | undefined {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== null);
  if (entries.length === 0) return undefined;
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    // Graph takes arrays and objects in query strings as JSON (e.g. `filtering=[{…}]`, `sort=[…]`).
    params.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return params;
}
