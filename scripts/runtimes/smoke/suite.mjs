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

// Official ACS3 vectors from /work/shared/contract/alibaba-cams-signing-vectors.json (contract §2.7): produced by
// @alicloud/openapi-client 0.4.15 / @alicloud/openapi-util 0.3.3 with fake keys, a fixed date and nonce.
const VECTOR_KEY = { accessKeyId: 'LTAI5tVectorTestKeyId0001', accessKeySecret: 'VectorTestSecret/NotReal+Key=0001' };
const VECTOR_HEADERS = { host: 'cams.ap-southeast-1.aliyuncs.com', 'x-acs-version': '2020-06-06', 'x-acs-date': '2026-11-20T08:30:00Z', 'x-acs-signature-nonce': '6a1f0c2e9b8d4f7a3c5e1b0d2f4a6c8e' };
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const CAMS_VECTORS = [
  {
    name: 'plain-query',
    query: [['CustSpaceId', 'cams-demo0001'], ['PhoneNumber', '8613800001234']],
    body: '',
    headers: { ...VECTOR_HEADERS, 'x-acs-action': 'ChatappPhoneNumberRegister', 'x-acs-content-sha256': EMPTY_SHA256 },
    signature: 'df2a747c03cd93759ddceadcddc4011ff8c91b2c1a4b08d2f671367c30c565c2',
  },
  {
    name: 'special-characters',
    query: [
      ['CustSpaceId', 'cams-demo0001'],
      ['PhoneNumber', '8613800001234'],
      ['About', "Open 24/7 * ~ ! ' ( ) + & = done"],
      ['Address', '88 Market St, 2F (rear)'],
      ['Description', '欢迎光临 Acme 咖啡 ☕🚀\nSecond line'],
      ['Email', 'hello+cams@acme.example'],
      ['Vertical', 'RESTAURANT'],
    ],
    body: '',
    headers: { ...VECTOR_HEADERS, 'x-acs-action': 'ModifyPhoneBusinessProfile', 'x-acs-content-sha256': EMPTY_SHA256 },
    signature: '56a6429b2a60c8382241bdc2ab800919440753e9c6c40e96e49ed418c6d4c6ad',
  },
  {
    name: 'form-body',
    query: [],
    body: 'PhoneNumber=8613800001234&VerifyCode=123456',
    headers: {
      ...VECTOR_HEADERS,
      'x-acs-action': 'GetPreValidatePhoneId',
      'content-type': 'application/x-www-form-urlencoded',
      'x-acs-content-sha256': '10c9c0819458f7f274478c87d92f0f134b7c2f68624abf5646722683073fb751',
    },
    signature: 'e980b46978bef48c15525c27fe5e832f31b65fc4a8f387719475b952cca4c6d7',
  },
];

async function sha256Hex(text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** RFC 3986 percent-encoding, as ACS3's canonical query wants it (contract §2.2). */
const rfc3986 = (value) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** ACS3-HMAC-SHA256 written from contract §2.2–§2.3 only (no wabakit code): the `Authorization` header value. */
async function acs3Authorization({ method = 'POST', path = '/', query, body, headers, accessKeyId, accessKeySecret }) {
  const canonicalQuery = query
    .map(([key, value]) => [rfc3986(key), rfc3986(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const names = Object.keys(headers).map((name) => name.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value).trim()]));
  const canonicalHeaders = names.map((name) => `${name}:${lower[name]}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [method, path, canonicalQuery, canonicalHeaders, signedHeaders, await sha256Hex(body)].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${await sha256Hex(canonicalRequest)}`;
  return `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${await hmacHex(accessKeySecret, stringToSign)}`;
}

/** Re-signs a request as sent (the headers it lists in SignedHeaders) and compares with its Authorization. */
async function checkSentSignature(request, key) {
  const authorization = request.headers.get('authorization') ?? '';
  const signed = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  for (const name of ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version']) {
    assert(signed.includes(name), `${name} is not signed`);
  }
  const url = new URL(request.url);
  const headers = Object.fromEntries(signed.map((name) => [name, request.headers.get(name) ?? (name === 'host' ? url.host : '')]));
  const body = await request.text();
  assert(headers['x-acs-content-sha256'] === (await sha256Hex(body)), `x-acs-content-sha256 of ${headers['x-acs-action']} is not the body's hash`);
  const expected = await acs3Authorization({ method: request.method, path: url.pathname, query: [...url.searchParams], body, headers, ...key });
  assert(authorization === expected, `the ACS3 signature of ${headers['x-acs-action']} differs from the independent signer`);
}

async function camsSigning({ cams, testing }, skip) {
  if (cams === undefined) {
    skip('not yet built: the package has no wabakit/cams entry');
    return;
  }
  // 1. The independent signer reproduces the official vectors, so it can judge wabakit's signatures.
  for (const vector of CAMS_VECTORS) {
    const authorization = await acs3Authorization({ ...vector, ...VECTOR_KEY });
    assert(authorization.endsWith(`Signature=${vector.signature}`), `the independent signer misses the official vector ${vector.name}`);
  }
  // 2. CamsClient onboards a number on the CAMS simulator (which verifies every signature itself); every request
  //    it sent, as captured in this runtime, carries exactly the independent signer's Authorization.
  const sim = testing.createCamsSimulator({ clock: testing.manualClock(Date.now()), seed: 3 });
  const demo = testing.seedCamsDemo(sim);
  const sent = [];
  const capturing = (input, init) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return sim.fetch(request);
  };
  const client = new cams.CamsClient({ ...testing.CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: capturing, logLevel: 'error' });
  const { phone_number } = await client.waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky SG' });
  const phone = client.phoneNumber(phone_number);
  await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
  const code = sim.inbox.latestCode(phone_number);
  assert(typeof code === 'string', 'the CAMS simulator inbox holds no code');
  await phone.verifyAndRegister({ code });
  assert(sim.state.phoneNumber(demo.channel.custSpaceId, phone_number)?.Status === 'CONNECTED', 'the CAMS number is not CONNECTED');
  assert(sent.length >= 3, `only ${sent.length} CAMS requests were sent`);
  for (const request of sent) await checkSentSignature(request, testing.CAMS_DEMO_KEY);

  // 3. A wrong secret is refused by the simulator's verifier.
  const wrong = new cams.CamsClient({
    accessKeyId: testing.CAMS_DEMO_KEY.accessKeyId,
    accessKeySecret: 'SimulatorDemoSecretWrong0000',
    custSpaceId: demo.channel.custSpaceId,
    fetch: sim.fetch,
    logLevel: 'error',
    maxRetries: 0,
  });
  const refused = await wrong.waba().retrieve().then(() => undefined, (error) => error);
  assert(refused instanceof Error, 'the CAMS simulator accepted a request signed with a wrong secret');
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
  [
    'cams',
    () => 'CAMS: ACS3 signatures equal an independent signer (official vectors), onboarding on the CAMS simulator',
    (context, skip) => camsSigning(context, skip),
  ],
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
