import type { OperationSpec } from './operation.js';
import type { WireRequest } from './wire-request.js';

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
  const query: Record<string, unknown> = inQuery ? wireParams : {};
  const body: Record<string, unknown> | undefined = hasBody ? { ...spec.fixed, ...(inQuery ? {} : wireParams) } : undefined;
  if (!hasBody && spec.fixed) Object.assign(query, spec.fixed);
  if (proof !== undefined) {
    if (body) body['appsecret_proof'] = proof;
    else query['appsecret_proof'] = proof;
  }
  const queryString = toQueryString(query);
  if (body && spec.bodyEncoding === 'form') return { query: queryString, json: undefined, body: toFormBody(body) };
  return { query: queryString, json: body, body: spec.rawBody?.bytes };
}

/** Graph takes arrays and objects in query strings and forms as JSON (e.g. `filtering=[{…}]`, `sort=[…]`). */
function wireValue(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * `query` as `application/x-www-form-urlencoded`, byte for byte what `new URLSearchParams(…).toString()` gives
 * (later keys win, like `set`). Built as a string directly: a `URLSearchParams` per call, then its
 * serialisation, showed in the warm-path profile (issue #12, docs/performance.md).
 * @internal
 */
export function toQueryString(query: Record<string, unknown>): string {
  let out = '';
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    out += `${out === '' ? '' : '&'}${formEncode(key)}=${formEncode(wireValue(value))}`;
  }
  return out;
}

/** `body` as an `application/x-www-form-urlencoded` body (objects and arrays as JSON, like the query). @internal */
export function toFormBody(body: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined && value !== null) form.set(key, wireValue(value));
  }
  return form;
}

/** Characters `encodeURIComponent` leaves alone but the form encoding escapes, and the space it writes as `+`. */
const FORM_DIFFERENCES = /[!'()~]|%20/g;
const FORM_ESCAPES: Readonly<Record<string, string>> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '~': '%7E', '%20': '+' };

/**
 * One key or value, form-encoded exactly as `URLSearchParams` does: `encodeURIComponent` (native, fast), then the
 * five characters it keeps and the form encoding escapes, and `+` for spaces. A lone surrogate (which
 * `encodeURIComponent` refuses) goes through `URLSearchParams`, which writes it as U+FFFD.
 * @internal
 */
export function formEncode(text: string): string {
  // The last long value (a `fields` list, the same on every read) is remembered: strings are immutable, so an
  // equal input has an equal encoding, and comparing is far cheaper than encoding it again.
  if (text === lastLongText) return lastLongEncoded;
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    return new URLSearchParams([['', text]]).toString().slice(1);
  }
  encoded = encoded.replace(FORM_DIFFERENCES, (match) => FORM_ESCAPES[match]!);
  if (text.length >= LONG) {
    lastLongText = text;
    lastLongEncoded = encoded;
  }
  return encoded;
}

/** Values shorter than this are encoded every time (cheap); longer ones are worth remembering. */
const LONG = 64;
let lastLongText: string | undefined;
let lastLongEncoded = '';
