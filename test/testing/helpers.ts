import { createSimulator, manualClock, type GraphSimulator, type ManualClock, type SimulatorOptions } from '../../src/testing/index.js';

/** Base URL the tests call; the simulator routes on the path only. */
export const GRAPH_V = 'https://graph.facebook.com/v23.0';
export const TOKEN = 'test-token';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A simulator on a manual clock with one accepted token. */
export function setup(options: SimulatorOptions = {}): { sim: GraphSimulator; clock: ManualClock } {
  const clock = manualClock();
  const sim = createSimulator({ clock, seed: 1, ...options });
  sim.seed.token(TOKEN);
  return { sim, clock };
}

/** A decoded answer. */
export interface Answer {
  readonly status: number;
  // Tests read arbitrary JSON paths of the answer.
  readonly body: any;
  readonly headers: Headers;
}

/** Sends a JSON request through `sim.handle` and decodes the JSON answer. */
export async function call(
  sim: GraphSimulator,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: Record<string, unknown>,
  options: { token?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await sim.handle(
    new Request(`${GRAPH_V}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown, headers: response.headers };
}

/** request_code + verify_code with the code from the inbox. */
export async function verify(sim: GraphSimulator, phoneId: string): Promise<void> {
  const requested = await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS', language: 'en_US' });
  if (requested.status !== 200) throw new Error(`request_code failed: ${JSON.stringify(requested.body)}`);
  const verified = await call(sim, 'POST', `/${phoneId}/verify_code`, { code: sim.inbox.latestCode(phoneId) });
  if (verified.status !== 200) throw new Error(`verify_code failed: ${JSON.stringify(verified.body)}`);
}

/** Register with a PIN. */
export function register(sim: GraphSimulator, phoneId: string, pin = '123456', extra: Record<string, unknown> = {}): Promise<Answer> {
  return call(sim, 'POST', `/${phoneId}/register`, { messaging_product: 'whatsapp', pin, ...extra });
}

/** An approved WABA with one unregistered number. */
export function wabaWithNumber(sim: GraphSimulator): { wabaId: string; phoneId: string } {
  const waba = sim.seed.waba();
  const phone = sim.seed.phoneNumber({ wabaId: waba.id });
  return { wabaId: waba.id, phoneId: phone.id };
}

/** A registered number (PIN 123456) on an approved WABA. */
export function registeredNumber(sim: GraphSimulator): { wabaId: string; phoneId: string } {
  const waba = sim.seed.waba();
  const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, pin: '123456' });
  return { wabaId: waba.id, phoneId: phone.id };
}

/** The error code of an answer. */
export function codeOf(answer: Answer): number | undefined {
  return (answer.body as { error?: { code?: number } }).error?.code;
}
