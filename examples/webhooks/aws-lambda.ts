/**
 * A WhatsApp webhook on AWS Lambda behind API Gateway (REST API v1 or HTTP API v2 payloads) or a Function URL.
 *
 * API Gateway hands the body over as a string: base64 when `isBase64Encoded` is true (binary media types,
 * HTTP APIs, Function URLs), otherwise the UTF-8 text of the bytes. Both give back the exact bytes Meta signed —
 * never parse and re-serialize them before verification.
 *
 * The in-memory dedupe store does not survive across Lambda instances: pass a shared one (DynamoDB conditional
 * put, Redis SET NX PX) as `dedupeStore` in production.
 */

import { createWebhookHandler } from 'wabakit/webhooks';

/** The fields of an API Gateway (v1 or v2) / Function URL event this adapter reads. */
interface HttpEvent {
  readonly httpMethod?: string;
  readonly requestContext?: { readonly http?: { readonly method?: string } };
  readonly rawQueryString?: string;
  readonly queryStringParameters?: Readonly<Record<string, string | undefined>> | null;
  readonly headers?: Readonly<Record<string, string | undefined>> | null;
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
}

interface HttpResult {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const handleWebhook = createWebhookHandler({
  appSecret: process.env['WA_APP_SECRET'] ?? '',
  verifyToken: process.env['WA_VERIFY_TOKEN'] ?? '',
  onChange: ({ change }) => console.log(JSON.stringify({ field: change.field, type: change.type })),
  onStatusError: (error, { status }) => console.warn(JSON.stringify({ message: status.id, error: error.name, code: error.code })),
  onError: (error, event) => console.error(JSON.stringify({ event: event?.id, error: String(error) })),
});

function queryOf(event: HttpEvent): string {
  if (event.rawQueryString !== undefined) return event.rawQueryString;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(event.queryStringParameters ?? {})) if (value !== undefined) params.set(key, value);
  return params.toString();
}

function bodyOf(event: HttpEvent): Uint8Array<ArrayBuffer> | string | null {
  if (event.body == null) return null;
  return event.isBase64Encoded ? new Uint8Array(Buffer.from(event.body, 'base64')) : event.body;
}

export async function handler(event: HttpEvent): Promise<HttpResult> {
  const method = event.requestContext?.http?.method ?? event.httpMethod ?? 'GET';
  const headers = new Headers();
  // API Gateway keeps the sender's header case; Headers makes the lookup case-insensitive.
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers.set(name, value);
  const query = queryOf(event);
  const request = new Request(`https://lambda.invalid/webhook${query ? `?${query}` : ''}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? null : bodyOf(event),
  });
  const response = await handleWebhook(request);
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}
