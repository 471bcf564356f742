import { timingSafeEqualText } from './bytes.js';
import { WebhookHandshakeError } from './errors.js';

/**
 * The query of Meta's GET verification request, in any common shape: the request `URL`, its `searchParams`,
 * the URL or query string, or an already-parsed record (Express `req.query`, API Gateway
 * `queryStringParameters`).
 */
export type HandshakeQuery =
  | URL
  | URLSearchParams
  | string
  | Readonly<Record<string, unknown>>;

// Meta's challenge is a number; anything printable and short is echoed, nothing that could smuggle markup or
// header-breaking characters into the response.
const CHALLENGE = /^[\x21-\x7e]{1,512}$/;

/**
 * Answers Meta's webhook verification request: returns the `hub.challenge` to echo with status 200.
 *
 * Accepts only `hub.mode=subscribe` with a `hub.verify_token` equal to yours, compared in constant time. This
 * is the GET side of the endpoint: it is never subject to the POST signature check (Meta does not sign it), and
 * POST deliveries must never be accepted through it.
 *
 * @throws {WebhookHandshakeError} with `reason` `wrong-mode`, `missing-token`, `token-mismatch` or `invalid-challenge`;
 * answer 403 (the message never contains either token).
 * @throws {TypeError} when `verifyToken` is empty.
 * @example
 * if (request.method === 'GET') {
 *   try {
 *     return new Response(verifyHandshake(new URL(request.url), process.env.WA_VERIFY_TOKEN!), { headers: { 'content-type': 'text/plain' } });
 *   } catch {
 *     return new Response('Forbidden', { status: 403 });
 *   }
 * }
 */
export function verifyHandshake(query: HandshakeQuery, verifyToken: string): string {
  if (typeof verifyToken !== 'string' || verifyToken.length === 0) {
    throw new TypeError('verifyToken must be a non-empty string');
  }
  const get = reader(query);
  if (get('hub.mode') !== 'subscribe') throw new WebhookHandshakeError('wrong-mode');
  const token = get('hub.verify_token');
  if (token === undefined || token === '') throw new WebhookHandshakeError('missing-token');
  if (!timingSafeEqualText(token, verifyToken)) throw new WebhookHandshakeError('token-mismatch');
  const challenge = get('hub.challenge');
  if (challenge === undefined || !CHALLENGE.test(challenge)) throw new WebhookHandshakeError('invalid-challenge');
  return challenge;
}

function reader(query: HandshakeQuery): (name: string) => string | undefined {
  if (query instanceof URL) return fromSearchParams(query.searchParams);
  if (query instanceof URLSearchParams) return fromSearchParams(query);
  if (typeof query === 'string') {
    const params = /^[a-z][a-z0-9+.-]*:\/\//i.test(query) ? new URL(query).searchParams : new URLSearchParams(query);
    return fromSearchParams(params);
  }
  return (name) => single(query[name]);
}

function fromSearchParams(params: URLSearchParams): (name: string) => string | undefined {
  // A repeated parameter is ambiguous: treat it as absent rather than pick one.
  return (name) => single(params.getAll(name));
}

function single(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return value[0];
  return undefined;
}
