import { createMswHandlers, type MswHandlersOptions, type MswHttpLike } from '../adapters/msw.js';
import { sleep, toFetchResponse } from '../adapters/fetch.js';
import { FaultControls } from '../faults/engine.js';
import type { SimulatorOutcome } from '../faults/outcome.js';
import { createStreams } from '../random.js';
import { CamsEmbeddedSignup } from './controls/embedded-signup.js';
import { CamsInbox } from './controls/inbox.js';
import { camsFaultOutcome } from './faults.js';
import { CAMS_ROUTES } from './handlers/index.js';
import { matchesAction, type CamsOneShotFault, type CamsSimulatorOptions } from './options.js';
import { hasSuccessField, processCamsRequest, type CamsCallRecord, type CamsPipelineDeps } from './pipeline/process.js';
import { QpsMeter } from './pipeline/qps.js';
import { CamsSeeder } from './seed.js';
import { CamsStore, type CamsSimulatorState } from './state/store.js';
import type { CamsHealth, CamsPhoneNumber } from './state/types.js';
import { CAMS_HOST } from './wire/envelope.js';

const DEFAULT_SEED = 0x5eed;

/** The endpoint the CAMS simulator stands in for (contract §1.1). */
export const CAMS_ENDPOINT = `https://${CAMS_HOST}`;

/**
 * An in-process fake of Alibaba Cloud CAMS (`cams` 2020-06-06) for WABA and phone-number management: it verifies
 * every ACS3-HMAC-SHA256 signature, keeps channels, numbers, codes, profiles, QR codes and migrations, answers with
 * CAMS envelopes and error shapes, enforces QPS when asked, and injects faults. It speaks HTTP: any client can use it.
 *
 * @example
 * const sim = createCamsSimulator({ seed: 1 });
 * const demo = seedCamsDemo(sim);
 * const response = await sim.fetch('https://cams.ap-southeast-1.aliyuncs.com/', { method: 'POST', headers: signedHeaders });
 */
export class CamsSimulator {
  /** Read access to every record, for assertions. */
  readonly state: CamsSimulatorState;
  /** Puts keys, channels, WABAs and numbers into the state directly. */
  readonly seed: CamsSeeder;
  /** The codes sent by `GetChatappVerifyCode` / `GetMigrationVerifyCode`. */
  readonly inbox: CamsInbox;
  /** Embedded Signup codes for `GetPermissionByCode` / `UpdateWabaMmlStatus`. */
  readonly embeddedSignup: CamsEmbeddedSignup;
  /** One-shot and random faults, latency: `next({ action, kind, when, times })`, `configure()`, `clear()`. */
  readonly faults: FaultControls<CamsOneShotFault>;
  /** Every call answered so far (action, HTTP status, `Code`, parameter names by placement). */
  readonly calls: readonly CamsCallRecord[];
  readonly #store: CamsStore;
  readonly #deps: CamsPipelineDeps;

  /** Use {@link createCamsSimulator}. @internal */
  constructor(options: CamsSimulatorOptions = {}) {
    const random = createStreams(options.seed ?? DEFAULT_SEED);
    const store = new CamsStore(options.clock ?? Date.now, random);
    store.embeddedSignupApp = {
      appId: options.embeddedSignup?.appId ?? random.ids.graphId(),
      configId: options.embeddedSignup?.configId ?? random.ids.graphId(),
    };
    const calls: CamsCallRecord[] = [];
    this.#store = store;
    this.#deps = { store, qps: new QpsMeter(options.qps, CAMS_ROUTES), businessErrorStatus: options.businessErrorStatus ?? 200, throttling: options.throttling ?? {}, calls };
    this.calls = calls;
    this.state = store;
    this.seed = new CamsSeeder(store);
    this.inbox = new CamsInbox(store);
    this.embeddedSignup = new CamsEmbeddedSignup(store);
    this.faults = new FaultControls<CamsOneShotFault>(options.faults ?? {}, random.faults, matchesAction);
  }

  /** The simulator's current time (its clock), which is also the gateway clock for `x-acs-date`. */
  now(): number {
    return this.#store.now();
  }

  /** Every action the simulator answers. */
  get actions(): readonly string[] {
    return Object.keys(CAMS_ROUTES);
  }

  /**
   * The other BSP releases a number (two-step verification off), so a channel can migrate it.
   * @throws {Error} when the number was not seeded with `seed.externalNumber`.
   */
  release(phoneNumber: string): void {
    const number = this.#store.external.get(phoneNumber);
    if (!number) throw new Error(`release: ${phoneNumber} is not an external number (seed.externalNumber)`);
    number.released = true;
  }

  /**
   * Sets Meta's health of a number, as `GetWhatsappHealthStatus` reports it.
   * @throws {Error} when the number is unknown.
   * @example
   * sim.setHealth(channel.custSpaceId, phone.PhoneNumber, {
   *   CanSendMessage: 'BLOCKED',
   *   Errors: [{ ErrorCode: '141006', ErrorDescription: 'Payment issue', PossibleSolution: 'Add a payment method' }],
   * });
   */
  setHealth(custSpaceId: string, phoneNumber: string, health: CamsHealth): void {
    this.#number(custSpaceId, phoneNumber).health = { CanSendMessage: health.CanSendMessage, Errors: [...health.Errors] };
  }

  /**
   * Records messages sent and delivered by a number at `at` (default now), for `GetChatappPhoneNumberMetric`.
   * @throws {Error} when the number is unknown.
   */
  recordTraffic(custSpaceId: string, phoneNumber: string, traffic: { sent: number; delivered: number; at?: number }): void {
    this.#number(custSpaceId, phoneNumber).traffic.push({ at: traffic.at ?? this.now(), sent: traffic.sent, delivered: traffic.delivered });
  }

  #number(custSpaceId: string, phoneNumber: string): CamsPhoneNumber {
    const number = this.#store.phoneNumber(custSpaceId, phoneNumber);
    if (!number) throw new Error(`unknown number ${phoneNumber} in channel ${custSpaceId}`);
    return number;
  }

  /**
   * Answers one request the way CAMS would, faults and latency included, without turning network faults into a
   * fetch result — for custom adapters. The request body is read once.
   */
  async respond(request: Request): Promise<SimulatorOutcome> {
    const action = request.headers.get('x-acs-action')?.trim() ?? '';
    const fault = this.faults.draw(request.method, action);
    await sleep(this.faults.latencyMs(), request.signal);
    const outcome = (raw: Parameters<typeof camsFaultOutcome>[1], requestId: string) =>
      camsFaultOutcome(fault!.kind, raw, requestId, hasSuccessField(action), this.#deps.businessErrorStatus);
    if (fault?.when === 'before') return outcome(undefined, this.#store.newRequestId());
    const raw = await processCamsRequest(this.#deps, request);
    if (fault) return outcome(raw, raw.headers['x-acs-request-id'] ?? this.#store.newRequestId());
    return { kind: 'response', ...raw };
  }

  /** Answers a `Request` like `fetch` would (resets reject with `TypeError('fetch failed')`, hangs wait for the signal). */
  async handle(request: Request): Promise<Response> {
    return toFetchResponse(await this.respond(request), request.signal);
  }

  /**
   * A drop-in `fetch` backed by the simulator — no network, no msw, Worker-safe. Any base URL works; the `host`
   * header (or the URL's host) must be the one the request was signed for.
   * @example
   * const client = new CamsClient({ accessKeyId, accessKeySecret, custSpaceId, fetch: sim.fetch });
   */
  readonly fetch: typeof globalThis.fetch = (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    return this.handle(request);
  };

  /**
   * msw handlers that route `https://cams.ap-southeast-1.aliyuncs.com/*` (or `baseUrl`) to the simulator. Pass msw's `http`.
   * @example
   * import { http } from 'msw';
   * server.use(...sim.mswHandlers(http));
   */
  mswHandlers<Handler>(http: MswHttpLike<Handler>, options: MswHandlersOptions = {}): Handler[] {
    return createMswHandlers((request) => this.respond(request), http, { baseUrl: options.baseUrl ?? CAMS_ENDPOINT });
  }
}

/**
 * Creates a CAMS simulator. Deterministic: the same `seed` (and clock) gives the same channel ids, Meta ids, OTP
 * codes, request ids and fault draws. Empty: seed keys and channels with `sim.seed`, or call {@link seedCamsDemo}.
 *
 * @throws {RangeError} when a fault rate is outside 0–1.
 * @example
 * import { createCamsSimulator, manualClock, seedCamsDemo } from 'wabakit/testing';
 *
 * const clock = manualClock(Date.now());
 * const sim = createCamsSimulator({ clock, seed: 7, qps: true });
 * const demo = seedCamsDemo(sim);
 */
export function createCamsSimulator(options: CamsSimulatorOptions = {}): CamsSimulator {
  return new CamsSimulator(options);
}
