/**
 * A runnable WhatsApp webhook server on plain `node:http` (no framework):
 *
 *   WA_APP_SECRET=… WA_VERIFY_TOKEN=… node examples/webhooks/node-http.ts
 *
 * The one rule of every Node adapter: hand the handler the **raw** body bytes. Express and Fastify parse JSON
 * by default; re-serializing the parsed object (`JSON.stringify(req.body)`) does not reproduce what Meta signed
 * (Meta escapes non-ASCII as `\u00e4` and `/` as `\/`), so the signature fails. See docs/webhooks.md for the
 * Express (`express.raw({ type: 'application/json' })`) and Fastify (`parseAs: 'buffer'`) versions.
 */

import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createWebhookHandler } from 'wabakit/webhooks';

const appSecret = process.env['WA_APP_SECRET'];
const verifyToken = process.env['WA_VERIFY_TOKEN'];
if (!appSecret || !verifyToken) throw new Error('Set WA_APP_SECRET and WA_VERIFY_TOKEN');

const handleWebhook = createWebhookHandler({
  appSecret,
  verifyToken,
  onChange: ({ wabaId, change }) => console.log(`[${wabaId}] ${change.field}`, change.type === 'unknown' ? '' : change.value),
  onStatus: ({ status }) => console.log(`message ${status.id}: ${status.status}`),
  onStatusError: (error, { status }) => console.warn(`message ${status.id}: ${error.name} ${error.message}`),
  onError: (error, event) => console.error(`webhook ${event?.id ?? 'request'} rejected or failed:`, error),
});

const MAX_BODY = 4 * 1024 * 1024;

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

const server = createServer(async (req, res) => {
  try {
    if (!req.url?.startsWith('/webhook')) {
      res.writeHead(404).end();
      return;
    }
    // Collect the raw bytes exactly as received (stop early if the sender goes beyond Meta's 3 MB).
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
      method: req.method ?? 'GET',
      headers: toHeaders(req.headers),
      body: hasBody ? new Uint8Array(Buffer.concat(chunks)) : null,
    });
    const response = await handleWebhook(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});

const port = Number(process.env['PORT'] ?? 3000);
server.listen(port, () => console.log(`WhatsApp webhook listening on http://localhost:${port}/webhook`));
