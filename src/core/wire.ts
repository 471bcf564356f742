import type { OperationSpec } from './operation.js';

/** Query string and JSON body of one operation, as they go on the wire. */
export interface WireRequest {
  readonly searchParams: URLSearchParams | undefined;
  readonly json: Record<string, unknown> | undefined;
}

/**
 * Lays out validated params: query for GET/DELETE (and params declared `in: 'query'`), JSON body otherwise.
 *
 * `appsecret_proof` rides in the JSON body of POSTs and in the query otherwise (Graph accepts both; a body keeps it
 * out of access logs). The access token is never here — it goes only in the `Authorization` header (reliability G9).
 */
export function toWire(spec: OperationSpec, params: unknown, proof: string | undefined): WireRequest {
  const wireParams: Record<string, unknown> = {
    ...(spec.params?.toWire ? spec.params.toWire(params as never) : (params as Record<string, unknown> | undefined)),
  };
  const inQuery = spec.method !== 'POST' || spec.params?.in === 'query';
  const query: Record<string, unknown> = inQuery ? { ...wireParams } : {};
  const body: Record<string, unknown> | undefined = spec.method === 'POST' ? { ...spec.fixed, ...(inQuery ? {} : wireParams) } : undefined;
  if (spec.method !== 'POST' && spec.fixed) Object.assign(query, spec.fixed);
  if (proof !== undefined) {
    if (body) body['appsecret_proof'] = proof;
    else query['appsecret_proof'] = proof;
  }
  const searchParams = toSearchParams(query);
  return { searchParams, json: body };
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
