/**
 * A small Node HTTP service that onboards WhatsApp numbers for your operators (no framework, `node:http`):
 *
 *   POST /numbers                 { "phone": "+65 8123 4567", "verified_name": "Acme Coffee" }  → add + send the SMS code
 *   POST /numbers/:id/verify      { "code": "123456" }                                        → verify
 *   POST /numbers/:id/register    { "pin": "012345", "region": "SG" }                         → register
 *   GET  /numbers/:id                                                                         → status
 *
 * Each step stores the flow's JSON checkpoint, so a restart (or another instance, with a shared store) resumes
 * where the operator left off. Run it against the simulator:  node examples/onboarding-service.ts --simulator
 * or for real:  WHATSAPP_ACCESS_TOKEN=… WABA_ID=… node examples/onboarding-service.ts
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { WabaClient, isWhatsAppError, isValidationError, parseCheckpoint, type FlowCheckpoint } from 'wabakit';
import { createSimulator, seedDemo } from 'wabakit/testing';

const simulated = process.argv.includes('--simulator');
const sim = simulated ? createSimulator() : undefined;
const demo = sim ? seedDemo(sim, { verifiedBusiness: true }) : undefined;
const wabaId = demo?.waba.id ?? required('WABA_ID');
const client = new WabaClient({
  accessToken: demo?.token ?? required('WHATSAPP_ACCESS_TOKEN'),
  appSecret: process.env['APP_SECRET'],
  fetch: sim?.fetch,
});

/** Checkpoints by phone number id. Use Redis/DynamoDB in production: they hold no PIN and no code. */
const checkpoints = new Map<string, string>();
const save = (checkpoint: FlowCheckpoint) => void checkpoints.set(checkpoint.phoneNumberId, JSON.stringify(checkpoint));
const load = (id: string) => {
  const stored = checkpoints.get(id);
  if (stored === undefined) throw new HttpError(404, 'no onboarding in progress for this number');
  return client.onboarding.resume(parseCheckpoint(JSON.parse(stored)), { onCheckpoint: save });
};

const routes: Array<[string, RegExp, (match: RegExpMatchArray, body: Record<string, string>) => Promise<unknown>]> = [
  ['POST', /^\/numbers$/, async (_, body) => {
    const { checkpoint } = await client.onboarding.start(
      { wabaId, phone: body['phone'] ?? '', verified_name: body['verified_name'] ?? '', codeMethod: 'SMS', language: 'en_US' },
      { onCheckpoint: save },
    );
    // Against the simulator, show where the SMS went (a real code arrives on the phone).
    return { phoneNumberId: checkpoint.phoneNumberId, step: checkpoint.step, ...(sim ? { simulatorCode: sim.inbox.latestCode(checkpoint.phoneNumberId) } : {}) };
  }],
  ['POST', /^\/numbers\/(\d+)\/verify$/, async ([, id], body) => (await load(id!).verify({ code: body['code'] ?? '' })).checkpoint],
  ['POST', /^\/numbers\/(\d+)\/register$/, async ([, id], body) =>
    (await load(id!).register({ pin: body['pin'] ?? '', ...(body['region'] ? { data_localization_region: body['region'] as 'SG' } : {}) })).checkpoint],
  ['GET', /^\/numbers\/(\d+)$/, ([, id]) => client.phoneNumber(id!).retrieve({ fields: ['display_phone_number', 'status', 'code_verification_status'] })],
];

const server = createServer(async (request, response) => {
  try {
    const route = routes.find(([method, pattern]) => method === request.method && pattern.test(request.url ?? ''));
    if (!route) throw new HttpError(404, 'not found');
    const body = request.method === 'POST' ? await readJson(request) : {};
    send(response, 200, await route[2]((request.url ?? '').match(route[1])!, body));
  } catch (error) {
    if (error instanceof HttpError) send(response, error.status, { error: error.message });
    // Validation errors name the field and the rule (never the value); nothing reached Meta.
    else if (isValidationError(error)) send(response, 400, { error: error.message, issues: error.issues });
    // Every wabakit error is safe to log and to show: no token, PIN or code inside.
    else if (isWhatsAppError(error)) send(response, 502, { error: error.name, message: error.message });
    else send(response, 500, { error: 'internal error' });
  }
});
server.listen(Number(process.env['PORT'] ?? 3000), '127.0.0.1', () => {
  console.log(`onboarding service on http://127.0.0.1:${Number(process.env['PORT'] ?? 3000)} (${simulated ? 'simulator' : 'Graph API'})`);
});

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, string>;
  } catch {
    throw new HttpError(400, 'body must be JSON');
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}, or run with --simulator`);
  return value;
}
