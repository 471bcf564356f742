import { invalidParam } from '../wire/graph-error.js';
import type { Params } from '../wire/params.js';
import type { RawResponse } from './raw-response.js';

/**
 * Graph's batch endpoint, `POST /{version}/` with `batch=[{ method, relative_url, body? }, …]` ("Making multiple
 * requests", developers.facebook.com/docs/graph-api/making-multiple-requests): each item runs as its own request
 * with the batch's token (and `appsecret_proof`), and the answer is `[{ code, headers?, body }]` with each body as
 * JSON text; `include_headers=false` drops the headers. wabakit sends `debug_token` this way so the token it
 * inspects stays out of the URL. Items are run one after another, which is how dependent batches run too.
 * @internal
 */

/** Graph's documented limit of requests in one batch. */
const MAX_ITEMS = 50;
const METHODS = new Set(['GET', 'POST', 'DELETE']);

interface BatchEntry {
  readonly method: string;
  readonly relativeUrl: string;
  readonly body: string | undefined;
}

/** Runs the request of one item and answers it: the simulator's own pipeline (`processRequest`). */
export type RunItem = (request: Request) => Promise<RawResponse>;

/**
 * Answers a batch: each entry becomes a request to `/{version}/{relative_url}` carrying the batch's
 * `Authorization` header and `appsecret_proof`, run through `run`.
 * @throws SimGraphError (#100) for a missing, malformed or oversized `batch`.
 */
export async function processBatch(request: Request, url: URL, version: string, params: Params, run: RunItem): Promise<unknown[]> {
  const entries = readEntries(params.array('batch'));
  const withHeaders = params.bool('include_headers') ?? true;
  const proof = params.string('appsecret_proof');
  const answers: unknown[] = [];
  for (const entry of entries) {
    const target = new URL(`/${version}/${entry.relativeUrl.replace(/^\/+/, '')}`, url);
    if (proof !== undefined && !target.searchParams.has('appsecret_proof')) target.searchParams.set('appsecret_proof', proof);
    const headers = new Headers();
    const authorization = request.headers.get('authorization');
    if (authorization !== null) headers.set('authorization', authorization);
    if (entry.body !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded');
    const itemRequest = new Request(target, { method: entry.method, headers, ...(entry.body === undefined ? {} : { body: entry.body }) });
    const raw = await run(itemRequest);
    answers.push({
      code: raw.status,
      ...(withHeaders ? { headers: Object.entries(raw.headers).map(([name, value]) => ({ name, value })) } : {}),
      body: raw.body,
    });
  }
  return answers;
}

function readEntries(value: unknown[] | undefined): BatchEntry[] {
  if (value === undefined || value.length === 0) throw invalidParam('The parameter batch is required', 'The parameter batch is required');
  if (value.length > MAX_ITEMS) throw invalidParam(`A batch holds at most ${MAX_ITEMS} requests`);
  return value.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw invalidParam(`batch[${index}] must be an object`);
    const { method, relative_url: relativeUrl, body } = item as Record<string, unknown>;
    const upper = typeof method === 'string' ? method.toUpperCase() : '';
    if (!METHODS.has(upper)) throw invalidParam(`batch[${index}].method must be GET, POST or DELETE`);
    if (typeof relativeUrl !== 'string' || relativeUrl.replace(/^\/+/, '').split(/[?#]/)[0] === '') {
      throw invalidParam(`batch[${index}].relative_url must name a node or edge`);
    }
    if (body !== undefined && typeof body !== 'string') throw invalidParam(`batch[${index}].body must be a form-encoded string`);
    return { method: upper, relativeUrl, body: upper === 'GET' ? undefined : body };
  });
}
