import { createMswHandlers, type MswHandlersOptions, type MswHttpLike } from './adapters/msw.js';
import { sleep, toFetchResponse } from './adapters/fetch.js';
import { Customers } from './controls/customers.js';
import { EmbeddedSignup } from './controls/embedded-signup.js';
import { Inbox } from './controls/inbox.js';
import { phoneOrThrow } from './controls/webhook-payloads.js';
import { Review } from './controls/review.js';
import { Webhooks } from './controls/webhooks.js';
import { FaultControls } from './faults/engine.js';
import { faultOutcome, type SimulatorOutcome } from './faults/outcome.js';
import { resolveUsage, type SimulatorOptions } from './options.js';
import { processRequest, type PipelineDeps } from './pipeline/process.js';
import { UsageMeter } from './pipeline/usage.js';
import { createStreams } from './random.js';
import { Seeder } from './seed.js';
import { SimStore, type SimulatorState } from './state/store.js';

const DEFAULT_SEED = 0x5eed;

/**
 * An in-process fake of the Graph API's WABA and phone-number management surface, with Meta's rules
 * (verification, registration, PIN, quotas, migration, usage limits) and injectable faults. It speaks HTTP:
 * any client — wabakit, curl through `startSimulator` of `wabakit/testing/server`, another SDK — can use it.
 *
 * @example
 * const sim = createSimulator({ seed: 1 });
 * sim.seed.token('test-token');
 * const waba = sim.seed.waba();
 * const client = new WabaClient({ accessToken: 'test-token', fetch: sim.fetch });
 */
export class GraphSimulator {
  /** Read access to every record, for assertions. */
  readonly state: SimulatorState;
  /** Puts businesses, WABAs, numbers, apps and tokens into the state directly. */
  readonly seed: Seeder;
  /** The OTP codes sent by `request_code`. */
  readonly inbox: Inbox;
  /** One-shot and random faults, latency. */
  readonly faults: FaultControls;
  /** WhatsApp users: inbound messages (24 h rule) and identity hashes. */
  readonly customers: Customers;
  /** Webhook payloads Meta would send (messages, statuses, name updates…), and their signatures. */
  readonly webhooks: Webhooks;
  /** Meta's review decisions: display names, OBA, business verification, WABA approval. */
  readonly review: Review;
  /** Codes of the Embedded Signup flow. */
  readonly embeddedSignup: EmbeddedSignup;
  readonly #store: SimStore;
  readonly #deps: PipelineDeps;

  /** Use {@link createSimulator}. @internal */
  constructor(options: SimulatorOptions = {}) {
    const random = createStreams(options.seed ?? DEFAULT_SEED);
    const usageConfig = resolveUsage(options.usage);
    const store = new SimStore(options.clock ?? Date.now, random.ids, usageConfig.windowMs);
    this.#store = store;
    this.#deps = { store, random, usage: new UsageMeter(store, usageConfig), usageConfig, apiVersions: options.apiVersions };
    this.state = store;
    this.seed = new Seeder(store);
    this.inbox = new Inbox(store);
    this.faults = new FaultControls(options.faults ?? {}, random.faults);
    this.webhooks = new Webhooks(store);
    this.customers = new Customers(store, this.webhooks);
    this.review = new Review(store, this.webhooks);
    this.embeddedSignup = new EmbeddedSignup(store);
  }

  /** The simulator's current time (its clock). */
  now(): number {
    return this.#store.now();
  }

  /**
   * The source WABA releases a number for migration (and turns its two-step verification off), so another WABA
   * can add it with `migrate_phone_number: true`.
   * @throws {Error} when the phone number id is unknown.
   */
  release(phoneNumberId: string): void {
    const phone = phoneOrThrow(this.#store, phoneNumberId);
    phone.releasedForMigration = true;
    phone.pin = undefined;
  }

  /**
   * Answers one request the way Graph would, faults and latency included, without turning network faults into
   * a fetch result — for custom adapters. The request body is read once.
   */
  async respond(request: Request): Promise<SimulatorOutcome> {
    const pathname = new URL(request.url).pathname;
    const fault = this.faults.draw(request.method, pathname);
    await sleep(this.faults.latencyMs(), request.signal);
    if (fault?.when === 'before') return faultOutcome(fault.kind, undefined, this.#deps.random.traces.traceId());
    const raw = await processRequest(this.#deps, request);
    if (fault) return faultOutcome(fault.kind, raw, raw.headers['x-fb-trace-id'] ?? 'A');
    return { kind: 'response', ...raw };
  }

  /**
   * Answers a `Request` like `fetch` would: resolves with a `Response`, rejects like Node's fetch on an injected
   * reset (`TypeError('fetch failed')`, `cause.code === 'ECONNRESET'`), waits for the request's signal on a hang.
   * @example
   * const response = await sim.handle(new Request(`https://graph.facebook.com/v23.0/${waba.id}`, {
   *   headers: { authorization: 'Bearer test-token' },
   * }));
   */
  async handle(request: Request): Promise<Response> {
    return toFetchResponse(await this.respond(request), request.signal);
  }

  /**
   * A drop-in `fetch` backed by the simulator — no network, no msw. Any base URL works: routing uses the path.
   * @example
   * const client = new WabaClient({ accessToken: 'test-token', fetch: sim.fetch });
   */
  readonly fetch: typeof globalThis.fetch = (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    return this.handle(request);
  };

  /**
   * msw handlers that route `https://graph.facebook.com/*` (or `baseUrl`) to the simulator. Pass msw's `http`.
   * @example
   * import { http } from 'msw';
   * server.use(...sim.mswHandlers(http));
   */
  mswHandlers<Handler>(http: MswHttpLike<Handler>, options: MswHandlersOptions = {}): Handler[] {
    return createMswHandlers((request) => this.respond(request), http, options);
  }
}

/**
 * Creates a simulator. Deterministic: the same `seed` (and clock) gives the same ids, OTP codes and fault draws.
 *
 * @throws {RangeError} when a fault rate is outside 0–1.
 * @example
 * import { createSimulator, manualClock } from 'wabakit/testing';
 *
 * const clock = manualClock();
 * const sim = createSimulator({ clock, seed: 7 });
 * sim.seed.token('test-token');
 * const phone = sim.seed.phoneNumber({ wabaId: sim.seed.waba().id });
 */
export function createSimulator(options: SimulatorOptions = {}): GraphSimulator {
  return new GraphSimulator(options);
}
