/**
 * A Cloudflare Worker that resumes a number migration from a checkpoint kept in Workers KV. wabakit's client
 * needs only `fetch` and WebCrypto, so it runs on the edge unchanged.
 *
 *   POST /migrations/:phoneNumberId/verify    { "code": "123456" }
 *   POST /migrations/:phoneNumberId/register  { "pin": "012345" }
 *
 * (The migration is started elsewhere, e.g. by the Lambda example, which writes the first checkpoint to KV.)
 */
import { WabaClient, parseCheckpoint, isWhatsAppError } from 'wabakit';

/** The slice of the Workers KV API this example uses. */
interface KvNamespace {
  get(key: string): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
}

interface Env {
  readonly WHATSAPP_ACCESS_TOKEN: string;
  readonly APP_SECRET?: string;
  readonly CHECKPOINTS: KvNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const match = new URL(request.url).pathname.match(/^\/migrations\/(\d+)\/(verify|register)$/);
    if (request.method !== 'POST' || !match) return new Response('not found', { status: 404 });
    const [, phoneNumberId, step] = match as unknown as [string, string, 'verify' | 'register'];

    const stored = await env.CHECKPOINTS.get(`migration:${phoneNumberId}`);
    if (stored === null) return Response.json({ error: 'no migration in progress' }, { status: 404 });

    const client = new WabaClient({ accessToken: env.WHATSAPP_ACCESS_TOKEN, appSecret: env.APP_SECRET, deadline: 20_000 });
    const flow = client.migration.resume(parseCheckpoint(JSON.parse(stored)), {
      // Persist each new checkpoint before the next side effect, so a cancelled request can be resumed.
      onCheckpoint: (checkpoint) => env.CHECKPOINTS.put(`migration:${phoneNumberId}`, JSON.stringify(checkpoint)),
    });
    const body = (await request.json()) as { code?: string; pin?: string };
    try {
      const result =
        step === 'verify'
          ? await flow.verify({ code: body.code ?? '' }, { signal: request.signal })
          : await flow.register({ pin: body.pin ?? '' }, { signal: request.signal });
      return Response.json({ step: result.checkpoint.step, done: result.done, skipped: result.skipped });
    } catch (error) {
      if (isWhatsAppError(error)) return Response.json({ error: error.name, message: error.message }, { status: 502 });
      throw error;
    }
  },
};
