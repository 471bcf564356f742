/**
 * A WhatsApp webhook endpoint for fetch-style runtimes: Cloudflare Workers, Deno, Bun, Next.js route handlers.
 *
 * The handler answers Meta's GET verification, verifies every POST's X-Hub-Signature-256 on the raw body, runs
 * the callbacks once per event (Meta redelivers for days) and answers 200.
 *
 * Cloudflare Workers: `export default worker` (below). Next.js (app/api/whatsapp/route.ts):
 *   export const GET = (request: Request) => handleWebhook(request);
 *   export const POST = (request: Request) => handleWebhook(request);
 * Deno: Deno.serve((request) => handleWebhook(request));   Bun: Bun.serve({ fetch: (request) => handleWebhook(request) });
 */

import { createWebhookHandler, type WebhookRequestHandler } from 'wabakit/webhooks';

interface Env {
  readonly WA_APP_SECRET: string;
  /** Set only while rotating the app secret; remove once `secretIndex` 1 stops showing up. */
  readonly WA_APP_SECRET_PREVIOUS?: string;
  readonly WA_VERIFY_TOKEN: string;
}

function createHandler(env: Env): WebhookRequestHandler {
  const secrets: [string, ...string[]] = env.WA_APP_SECRET_PREVIOUS
    ? [env.WA_APP_SECRET, env.WA_APP_SECRET_PREVIOUS]
    : [env.WA_APP_SECRET];
  return createWebhookHandler({
    appSecrets: secrets,
    verifyToken: env.WA_VERIFY_TOKEN,
    // Each isolate has its own memory: pass a shared, atomic store (Redis SET NX PX, a Durable Object…) in
    // production. Workers KV is eventually consistent and cannot make the claim atomic.
    onChange: ({ wabaId, change }) => {
      switch (change.type) {
        case 'account_update':
          console.log(`WABA ${wabaId}: ${change.value.event}`, change.value.ban_info ?? change.value.restriction_info ?? '');
          break;
        case 'phone_number_quality_update':
          console.log(`${change.value.display_phone_number}: ${change.value.event}`, change.value.max_daily_conversations_per_business);
          break;
        case 'phone_number_name_update':
          console.log(`${change.value.display_phone_number}: display name ${change.value.decision}`);
          break;
        case 'security':
          console.warn(`${change.value.display_phone_number}: two-step verification ${change.value.event}`);
          break;
        case 'unknown':
        case 'invalid':
          console.debug(`unhandled change ${change.field}`);
          break;
        default:
          break;
      }
    },
    onStatusError: (error, { status }) => {
      // The same error classes the HTTP client throws: one switch for both paths.
      switch (error.name) {
        case 'IdentityMismatchError':
          // 137000: do not resend; re-verify the customer out of band, then resend without the hash.
          console.warn(`identity changed for ${status.recipient_id ?? 'unknown recipient'}; message ${status.id} not delivered`);
          break;
        case 'RateLimitError':
          console.warn(`throttled (${error.code}); retry after the window`, error.retryAt);
          break;
        default:
          console.error(`message ${status.id} failed: ${error.message} (${error.retryAdvice})`);
      }
    },
    onError: (error, event) => console.error('webhook', event?.id ?? 'request', error),
  });
}

let cached: { env: Env; handler: WebhookRequestHandler } | undefined;

const worker = {
  fetch(request: Request, env: Env, ctx: { waitUntil(promise: Promise<unknown>): void }): Promise<Response> {
    if (cached?.env !== env) cached = { env, handler: createHandler(env) };
    // With waitUntil the 200 goes out as soon as the delivery is verified and parsed; drop `ctx` to answer
    // only after the callbacks ran (then a failing callback makes Meta redeliver).
    return cached.handler(request, ctx);
  },
};

export default worker;
