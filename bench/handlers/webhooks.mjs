// Handler "webhooks": a Worker/Lambda endpoint built with `createWebhookHandler` (handshake, signature check,
// parsing and typed events) from `wabakit/webhooks` — it never loads the Graph client.
import { createWebhookHandler } from '../../dist/webhooks.js';

export const handler = createWebhookHandler({
  appSecrets: [process.env.APP_SECRET],
  verifyToken: process.env.VERIFY_TOKEN,
  onChange: ({ change }) => {
    if (change.type === 'account_update') globalThis.lastEvent = change.value.event;
  },
});
