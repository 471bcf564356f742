import { expect } from 'vitest';
import { acsDate, signAcs3, type CamsCredentials } from '../../../src/cams/signing/acs3.js';
import { encodeFormBody } from '../../../src/cams/signing/encode.js';
import {
  createCamsSimulator,
  manualClock,
  seedCamsDemo,
  type CamsDemoSeed,
  type CamsSimulator,
  type CamsSimulatorOptions,
  type ManualClock,
} from '../../../src/testing/index.js';
import { CamsGatewayError } from '../../../src/testing/cams/wire/errors.js';

// Test-side signing uses the SDK's signer (src/cams/signing), never the simulator's verifier code.

/** 2026-11-20T08:30:00Z: the start of every test clock (the signing vectors' date). */
export const START = Date.UTC(2026, 10, 20, 8, 30, 0);
export const ENDPOINT = 'https://cams.ap-southeast-1.aliyuncs.com';
export const HOUR = 3_600_000;

/** A simulator on a manual clock, with the demo seeded (fake key, channel `cams-demo0001`, two numbers). */
export function setupCams(options: CamsSimulatorOptions = {}): { sim: CamsSimulator; clock: ManualClock; demo: CamsDemoSeed; key: CamsCredentials } {
  const clock = manualClock(START);
  const sim = createCamsSimulator({ clock, seed: 1, ...options });
  const demo = seedCamsDemo(sim);
  return { sim, clock, demo, key: { accessKeyId: demo.accessKey.accessKeyId, accessKeySecret: demo.accessKey.accessKeySecret } };
}

let nonceCounter = 0;

/** Options of {@link signedRequest}. */
export interface CallOptions {
  /** Parameters sent in the form body instead of the query. */
  readonly body?: Readonly<Record<string, string>>;
  readonly credentials?: CamsCredentials;
  readonly date?: number;
  readonly nonce?: string;
  readonly version?: string;
  readonly endpoint?: string;
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/** A request signed with the SDK's ACS3 signer, as the CAMS client would send it. */
export async function signedRequest(
  sim: CamsSimulator,
  action: string,
  query: Readonly<Record<string, string>>,
  credentials: CamsCredentials,
  options: CallOptions = {},
): Promise<Request> {
  const endpoint = new URL(options.endpoint ?? ENDPOINT);
  const body = options.body === undefined ? '' : encodeFormBody(options.body);
  nonceCounter += 1;
  const signed = await signAcs3({
    method: 'POST',
    host: endpoint.host,
    pathname: '/',
    query,
    body,
    action,
    version: options.version ?? '2020-06-06',
    date: acsDate(options.date ?? sim.now()),
    nonce: options.nonce ?? `test-nonce-${nonceCounter.toString(16).padStart(8, '0')}`,
    credentials: options.credentials ?? credentials,
    ...(options.extraHeaders === undefined ? {} : { extraHeaders: options.extraHeaders }),
  });
  return new Request(`${endpoint.origin}/${signed.queryString === '' ? '' : `?${signed.queryString}`}`, {
    method: 'POST',
    headers: { ...signed.headers, accept: 'application/json' },
    ...(body === '' ? {} : { body }),
  });
}

/** A decoded answer. */
export interface CamsAnswer {
  readonly status: number;
  // Tests read arbitrary JSON paths of the answer.
  readonly body: any;
  readonly headers: Headers;
}

/** Signs and sends one call through `sim.handle`, decodes the JSON answer. */
export async function camsCall(
  setup: { sim: CamsSimulator; key: CamsCredentials },
  action: string,
  query: Readonly<Record<string, string>> = {},
  options: CallOptions = {},
): Promise<CamsAnswer> {
  const response = await setup.sim.handle(await signedRequest(setup.sim, action, query, setup.key, options));
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** Expects an HTTP 200 `Code: "OK"` envelope and returns its body. */
export function expectOk(answer: CamsAnswer, success: boolean): any {
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ Code: 'OK', Message: 'SUCCESS' });
  expect(typeof answer.body.RequestId).toBe('string');
  if (success) expect(answer.body.Success).toBe(true);
  else expect(answer.body).not.toHaveProperty('Success');
  return answer.body;
}

/** Expects a business error (HTTP 200 unless `status`) with `code`, and `Success: false` where the model has it. */
export function expectBusiness(answer: CamsAnswer, code: string, success: boolean, status = 200): any {
  expect(answer.status).toBe(status);
  expect(answer.body.Code).toBe(code);
  expect(answer.body).not.toHaveProperty('HostId');
  if (success) expect(answer.body.Success).toBe(false);
  else expect(answer.body).not.toHaveProperty('Success');
  return answer.body;
}

/** Expects the gateway shape (contract §3.1) with `code` and `status`. */
export function expectGateway(answer: CamsAnswer, code: string, status = 400): any {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ Code: code, HostId: 'cams.ap-southeast-1.aliyuncs.com' });
  expect(typeof answer.body.Message).toBe('string');
  expect(typeof answer.body.RequestId).toBe('string');
  expect(answer.body.Recommend).toContain('https://api.aliyun.com/troubleshoot');
  return answer.body;
}

/** The Meta code a `(#NNN)` message carries (contract §3.6). */
export function metaCode(answer: CamsAnswer): number | undefined {
  const match = /^\(#(\d+)\)/.exec(String(answer.body.Message));
  return match ? Number(match[1]) : undefined;
}

/** The gateway error a promise rejects with (fails the test otherwise). */
export async function gatewayErrorOf(promise: Promise<unknown>): Promise<CamsGatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CamsGatewayError);
  return error as CamsGatewayError;
}

/** The demo's numbers and channel, as wire strings. */
export const CHANNEL = 'cams-demo0001';
export const REGISTERED = '8613800001234';
export const UNREGISTERED = '8613800005678';
