// The cross-runtime smoke suite (issue #13): plain ESM against the public API of the packed tarball, written once
// and run unchanged in Node 22/24, Bun, Deno, workerd (miniflare) and Vercel's edge-runtime. Every case does real
// work through the runtime's own fetch, WebCrypto, streams and timers; none of them can pass without it.
//
// The entry files (main-server.mjs, worker.mjs, edge.mjs) decide how Graph is reached and hand the suite:
//   loopback   { url, token, phoneNumberId, verifiedName }: a simulator behind real loopback HTTP, seeded already
//   graph      { clientOptions, simulator }: where the onboarding flow runs (loopback where the runtime can
//              listen, else the simulator's fetch adapter inside the runtime) and the simulator to read the inbox
//   testing    the `wabakit/testing` module (its fetch adapter runs the appsecret_proof case, its msw adapter
//              the msw case, through msw's own request resolution: no interception needed in any runtime)
//   cams       the `wabakit/cams` module, or undefined while the package does not ship it
//   cases      optional: run only these case ids, or every case but them (`{ only }` / `{ except }`)
//   mswMayNotLoad  optional reason: this runtime cannot load msw itself; an import failure is then a skip
import { WabaClient } from 'wabakit';
import { isWebhookSignatureError, verifySignature } from 'wabakit/webhooks';

const encoder = new TextEncoder();

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function hmacHex(key, message) {
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, typeof message === 'string' ? encoder.encode(message) : message));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Runs one case; never throws. `skip(reason)` inside a case marks it skipped instead of passed. */
async function runCase(name, body) {
  const started = Date.now();
  let skipped;
  try {
    await body((reason) => {
      skipped = reason;
    });
    return skipped === undefined
      ? { case: name, status: 'passed', ms: Date.now() - started }
      : { case: name, status: 'skipped', ms: Date.now() - started, detail: skipped };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { case: name, status: 'failed', ms: Date.now() - started, detail };
  }
}

async function retrieveOverLoopback({ url, token, phoneNumberId, verifiedName }) {
  assert(/^http:\/\/127\.0\.0\.1:\d+$/.test(url), `loopback url is ${url}`);
  const client = new WabaClient({ accessToken: token, baseUrl: url, logLevel: 'error' });
  const number = await client.phoneNumber(phoneNumberId).retrieve({ fields: ['verified_name', 'status', 'code_verification_status'] });
  assert(number.id === phoneNumberId, `retrieve() returned id ${number.id}`);
  assert(number.verified_name === verifiedName, `verified_name is ${number.verified_name}`);
  assert(number.status === 'CONNECTED', `status is ${number.status}`);
  assert(number.code_verification_status === 'VERIFIED', `code_verification_status is ${number.code_verification_status}`);
}

async function onboarding({ clientOptions, simulator }) {
  const token = 'EAA-smoke-onboarding-token';
  simulator.seed.token(token);
  const waba = simulator.seed.waba({ name: 'Smoke WABA' });
  const client = new WabaClient({ accessToken: token, logLevel: 'error', ...clientOptions });

  const { id } = await client.waba(waba.id).phoneNumbers.add({ cc: '1', phone_number: '6315550142', verified_name: 'Lucky Shrub' });
  const phone = client.phoneNumber(id);
  await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
  const code = simulator.inbox.latestCode(id);
  assert(typeof code === 'string' && /^\d{6}$/.test(code), 'the simulator inbox holds no 6-digit code');
  // A wrong code first: the simulator answers 136025 and the number stays NOT_VERIFIED.
  const wrong = code === '000000' ? '000001' : '000000';
  const refused = await phone.verification.verifyCode({ code: wrong }).then(() => undefined, (error) => error);
  assert(refused instanceof Error, 'a wrong verification code was accepted');
  await phone.verification.verifyCode({ code });
  await phone.register({ pin: '123456' });
  const number = await phone.retrieve({ fields: ['status', 'code_verification_status'] });
  assert(number.status === 'CONNECTED', `after register status is ${number.status}`);
  assert(number.code_verification_status === 'VERIFIED', `after verify code_verification_status is ${number.code_verification_status}`);
  assert(simulator.state.phoneNumber(id)?.status === 'CONNECTED', 'the simulator state is not CONNECTED');
}

async function webhookSignature() {
  const appSecret = 'smokeWebhookAppSecret0123';
  // Non-ASCII and an escaped slash, as Meta sends them: the bytes are verified, never a re-serialization.
  const body = '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","text":"Grüße \\/ 你好"}}]}]}';
  const header = `sha256=${await hmacHex(appSecret, body)}`;

  const match = await verifySignature({ body, headers: new Headers({ 'X-Hub-Signature-256': header }), appSecret });
  assert(match.secretIndex === 0, `secretIndex is ${match.secretIndex}`);
  const bytes = encoder.encode(body);
  const fromBytes = await verifySignature({ body: bytes, signature: header, appSecrets: ['smokeOtherSecret00', appSecret] });
  assert(fromBytes.secretIndex === 1, `rotated secretIndex is ${fromBytes.secretIndex}`);

  const tampered = bytes.slice();
  tampered[Math.floor(tampered.length / 2)] ^= 0x01;
  const rejected = await verifySignature({ body: tampered, signature: header, appSecret }).then(() => undefined, (error) => error);
  assert(isWebhookSignatureError(rejected), `a one-byte change was not rejected (${rejected})`);
  assert(rejected.reason === 'mismatch', `rejection reason is ${rejected.reason}`);
}

async function appSecretProof({ testing }) {
  const sim = testing.createSimulator({ seed: 13 });
  const appSecret = 'smokeProofAppSecret0456';
  const app = sim.seed.app({ secret: appSecret, requireAppSecretProof: true });
  const token = 'EAA-smoke-proof-token';
  sim.seed.token(token, { appId: app.id });
  const waba = sim.seed.waba({ name: 'Proof WABA' });

  const proofs = [];
  const capturing = (input, init) => {
    const request = new Request(input, init);
    proofs.push(new URL(request.url).searchParams.get('appsecret_proof'));
    return sim.fetch(request);
  };
  const client = new WabaClient({ accessToken: token, appSecret, fetch: capturing, logLevel: 'error' });
  const read = await client.waba(waba.id).retrieve({ fields: ['name'] });
  assert(read.name === 'Proof WABA', `retrieve() with a proof returned name ${read.name}`);
  assert(proofs.length === 1 && typeof proofs[0] === 'string', 'no appsecret_proof in the query');
  // Compared without printing: the proof is a secret.
  assert(proofs[0] === (await hmacHex(appSecret, token)), 'appsecret_proof differs from HMAC-SHA256(app secret, token)');

  const withoutProof = new WabaClient({ accessToken: token, fetch: sim.fetch, logLevel: 'error' });
  const refused = await withoutProof.waba(waba.id).retrieve({ fields: ['name'] }).then(() => undefined, (error) => error);
  assert(refused instanceof Error, 'the simulator accepted a call without the required appsecret_proof');
}

async function mswAdapter({ testing, mswMayNotLoad }, skip) {
  try {
    await mswRoundTrip(testing);
  } catch (error) {
    // msw 3 needs globals that some runtimes lack (workerd: localStorage at import, BroadcastChannel on use;
    // edge-runtime: MessageEvent). Only such a missing global is a skip, and only where it is expected.
    const missingGlobal = error instanceof ReferenceError || /localStorage|is not defined/.test(String(error?.message));
    if (mswMayNotLoad === undefined || !missingGlobal) throw error;
    skip(`${mswMayNotLoad}: ${error.message.split('\n')[0]}`);
  }
}

async function mswRoundTrip(testing) {
  // Loaded here, not at the top: msw is the suite's only dependency with requirements of its own (Deno: env access
  // for its `debug` dependency; browser globals outside Node).
  const { getResponse, http } = await import('msw');
  const sim = testing.createSimulator({ seed: 21 });
  sim.seed.token('EAA-smoke-msw-token');
  const waba = sim.seed.waba({ name: 'Msw WABA' });
  const handlers = sim.mswHandlers(http);
  let handled = 0;
  // msw resolves the request against the handlers exactly as setupServer/setupWorker would, minus the interception.
  const mswFetch = async (input, init) => {
    const response = await getResponse(handlers, new Request(input, init));
    if (response === undefined) throw new TypeError(`no msw handler for ${new Request(input, init).url}`);
    handled += 1;
    return response;
  };
  const client = new WabaClient({ accessToken: 'EAA-smoke-msw-token', fetch: mswFetch, logLevel: 'error' });
  const read = await client.waba(waba.id).retrieve({ fields: ['name'] });
  assert(read.name === 'Msw WABA', `retrieve() through msw returned name ${read.name}`);
  assert(handled === 1, `msw handled ${handled} requests`);
  const other = await getResponse(handlers, new Request('https://example.invalid/v23.0/me'));
  assert(other === undefined, 'the msw handlers answered a request for another host');
}

// From /work/shared/contract/alibaba-cams-signing-vectors.json, vector "plain-query": produced by the official
// @alicloud/openapi-client 0.4.15 / @alicloud/openapi-util 0.3.3 with fake keys (contract §2.7).
const CAMS_VECTOR = {
  input: {
    method: 'POST',
    host: 'cams.ap-southeast-1.aliyuncs.com',
    pathname: '/',
    query: { CustSpaceId: 'cams-demo0001', PhoneNumber: '8613800001234' },
    body: '',
    action: 'ChatappPhoneNumberRegister',
    version: '2020-06-06',
    date: '2026-11-20T08:30:00Z',
    nonce: '6a1f0c2e9b8d4f7a3c5e1b0d2f4a6c8e',
    credentials: { accessKeyId: 'LTAI5tVectorTestKeyId0001', accessKeySecret: 'VectorTestSecret/NotReal+Key=0001' },
  },
  authorization:
    'ACS3-HMAC-SHA256 Credential=LTAI5tVectorTestKeyId0001,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=df2a747c03cd93759ddceadcddc4011ff8c91b2c1a4b08d2f671367c30c565c2',
};

async function camsSigning({ cams }, skip) {
  if (cams === undefined) {
    skip('not yet built: the package has no wabakit/cams entry');
    return;
  }
  assert(typeof cams.signAcs3 === 'function', 'wabakit/cams exports no signAcs3(): update this case to its signing API');
  const signed = await cams.signAcs3(CAMS_VECTOR.input);
  assert(signed.headers.authorization === CAMS_VECTOR.authorization, 'the ACS3 authorization differs from the official vector');
}

/** Every case: id (for `cases`), name, body. */
const CASES = [
  ['retrieve', () => 'retrieve() over loopback HTTP', (context) => retrieveOverLoopback(context.loopback)],
  [
    'onboarding',
    (context) => `onboarding add → requestCode → inbox → verifyCode → register (${context.graph.via})`,
    (context) => onboarding(context.graph),
  ],
  ['webhook', () => 'webhook signature: valid accepted, one-byte change rejected', () => webhookSignature()],
  ['proof', () => 'appsecret_proof equals an independent WebCrypto HMAC (sim.fetch)', (context) => appSecretProof(context)],
  ['msw', () => 'msw adapter: sim.mswHandlers(http) answers through msw getResponse()', (context, skip) => mswAdapter(context, skip)],
  ['cams', () => 'CAMS ACS3 signing vector', (context, skip) => camsSigning(context, skip)],
];

/** Runs the selected cases in order and returns one result per case. */
export async function runSmoke(context) {
  const { only, except } = context.cases ?? {};
  const results = [];
  for (const [id, name, body] of CASES) {
    if (only !== undefined && !only.includes(id)) continue;
    if (except !== undefined && except.includes(id)) continue;
    results.push(await runCase(name(context), (skip) => body(context, skip)));
  }
  return results;
}

/** `--only=a,b` / `--except=a,b` from a command line, as `runSmoke`'s `cases`. */
export function casesFromArgs(args) {
  const pick = (flag) => args.find((arg) => arg.startsWith(`--${flag}=`))?.slice(flag.length + 3).split(',');
  return { only: pick('only'), except: pick('except') };
}

/** Seeds the number that `retrieve() over loopback HTTP` reads. */
export function seedLoopback(simulator, url) {
  const token = 'EAA-smoke-loopback-token';
  simulator.seed.token(token);
  const waba = simulator.seed.waba({ name: 'Loopback WABA' });
  const number = simulator.seed.phoneNumber({ wabaId: waba.id, cc: '1', phoneNumber: '6315550100', verifiedName: 'Loopback Shop', registered: true });
  return { url, token, phoneNumberId: number.id, verifiedName: 'Loopback Shop' };
}

/** The line protocol the runner reads: one JSON object per result, prefixed so that logs cannot be mistaken. */
export const RESULT_PREFIX = 'SMOKE-RESULT ';
/** …and one line naming the runtime that actually ran, as it reports itself. */
export const RUNTIME_PREFIX = 'SMOKE-RUNTIME ';

/** The running runtime as it names itself (Bun and Deno also define `process.versions.node`). */
export function runtimeName() {
  if (globalThis.Bun) return `Bun ${globalThis.Bun.version}`;
  if (globalThis.Deno) return `Deno ${globalThis.Deno.version.deno}`;
  return `Node ${globalThis.process.versions.node}`;
}
