import * as z from 'zod/mini';
import { parseOrThrow } from '../internal/validate.js';
import type { RequestEnvelope } from './operation.js';
import type { WireRequest } from './wire-request.js';
import { toFormBody } from './wire.js';

// Graph's batch endpoint as an envelope for one GET whose query holds a secret (`debug_token?input_token=…`):
// `POST /{version}/` with the form body `batch=[{"method":"GET","relative_url":"…"}]&include_headers=false`
// ("Making multiple requests", developers.facebook.com/docs/graph-api/making-multiple-requests). The secret then
// travels in the body, never in a URL that proxies and access logs record (guide: "secrets never appear in a
// URL"). The contract documents only the GET form (§4.3); the batch endpoint is Meta's documented way to send any
// Graph request in a POST body, and it answers each item with `{ code, body }` (body: the JSON as text) or `null`
// when the item did not complete within the batch.

/** The outer request: the inner GET's query moves into `relative_url`; `appsecret_proof` stays outside it. @internal */
export function batchedWire(relativePath: string, inner: WireRequest, proof: string | undefined): WireRequest {
  const relativeUrl = inner.query === '' ? relativePath : `${relativePath}?${inner.query}`;
  const form = { batch: [{ method: 'GET', relative_url: relativeUrl }], include_headers: false, appsecret_proof: proof };
  return { query: '', json: undefined, body: toFormBody(form) };
}

const BatchItem = z.nullable(
  z.looseObject({
    code: z.number('must be a number'),
    body: z.optional(z.string('must be a string')),
  }),
);
const BatchReply = z.array(BatchItem, 'must be an array').check(z.length(1, 'must hold exactly one answer'));

/** Status Graph's batch gives no item that timed out; read as a gateway timeout, which is retried as transient. */
const TIMED_OUT_STATUS = 504;
const TIMED_OUT_TEXT = 'Graph answered null for the batched request: it did not complete within the batch.';

/**
 * The one item of a batch reply, as a status and body text the normal Graph reading can take. A `null` item
 * becomes a 504 (a read may be retried; the batch only ever wraps reads).
 * @throws {ValidationError} (direction `response`) when the reply is not a one-item batch answer.
 * @internal
 */
export function batchItem(operation: string, body: unknown, fbtraceId: string | undefined): { status: number; text: string } {
  const [item] = parseOrThrow(BatchReply, body, 'response', { subject: `${operation} batch response`, fbtraceId });
  if (item === null || item === undefined) return { status: TIMED_OUT_STATUS, text: TIMED_OUT_TEXT };
  return { status: item.code, text: item.body ?? '' };
}

/**
 * Graph's batch endpoint as a {@link RequestEnvelope}: an operation with `envelope: graphBatch` goes as
 * `POST /{version}/` with a one-item `batch` form. @internal
 */
export const graphBatch: RequestEnvelope = { method: 'POST', path: '', label: 'in a batch', wrap: batchedWire, unwrap: batchItem };
