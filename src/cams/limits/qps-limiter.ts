/**
 * Client-side QPS limiter for CAMS (alibaba-cams.md §3.5, §6 "Rate limits"): CAMS documents a fixed per-user QPS for
 * each operation and sends no usage headers, so the only way not to be throttled is to stay under the rate.
 *
 * A sliding-window log per `Action`, not a token bucket: a bucket of N tokens refilled at N/s admits up to 2N calls
 * in a one-second window straddling a refill; the log admits a call only when the N-th previous admission of that
 * action is at least one second old, so no one-second window ever holds more than N.
 */

/** Documented per-user QPS per operation (§4 "QPS", [TS-HEAD] remarks). Operations marked "not documented" are absent. */
export const CAMS_DOCUMENTED_QPS: Readonly<Record<string, number>> = Object.freeze({
  // §4.1 onboarding and WABA binding
  IsvGetAppId: 10,
  GetPermissionByCode: 5,
  ChatappBindWaba: 10,
  QueryChatappBindWaba: 10,
  QueryWabaBusinessInfo: 10,
  // §4.2 phone-number lifecycle and status
  AddChatappPhoneNumber: 10,
  GetChatappVerifyCode: 10,
  ChatappVerifyAndRegister: 10,
  ChatappPhoneNumberRegister: 10,
  ChatappPhoneNumberDeregister: 10,
  GetPhoneNumberVerificationStatus: 10,
  GetPreValidatePhoneId: 10,
  QueryChatappPhoneNumbers: 10,
  ChatappSyncPhoneNumber: 10,
  GetChatappPhoneNumberMetric: 50,
  GetWhatsappHealthStatus: 5,
  // §4.3 migration
  CreateChatappMigrationInitiate: 10,
  GetMigrationVerifyCode: 10,
  ChatappMigrationVerified: 10,
  ChatappMigrationRegister: 10,
  // §4.4 business profile, upload credentials, webhooks, encryption key
  QueryPhoneBusinessProfile: 10,
  ModifyPhoneBusinessProfile: 10,
  GetChatappUploadAuthorization: 5,
  UpdatePhoneWebhook: 10,
  UpdateAccountWebhook: 10,
  GetPhoneEncryptionPublicKey: 5,
  UpdatePhoneEncryptionPublicKey: 5,
  // §4.5 commerce settings and catalogs
  GetCommerceSetting: 10,
  UpdateCommerceSetting: 10,
  GetWhatsappConnectionCatalog: 10,
  ListProductCatalog: 10,
  ListProduct: 10,
  // §4.6 message QR codes
  CreatePhoneMessageQrdl: 5,
  UpdatePhoneMessageQrdl: 5,
  ListPhoneMessageQrdl: 5,
  DeletePhoneMessageQrdl: 5,
  // §4.7 conversational automation
  GetConversationalAutomation: 5,
  UpdateConversationalAutomation: 5,
  // §4.9
  EnableWhatsappROIMetric: 5,
});

/**
 * QPS for operations without a documented rate (instances, MML, calling, usernames…; §3.5, §7 #15): 10, the rate of
 * "most operations".
 */
export const DEFAULT_CAMS_QPS = 10;

const WINDOW_MS = 1_000;

/** The time source and timers the limiter uses; inject one for tests. */
export interface QpsClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Looked up on every call, so fake timers installed after import (vitest `useFakeTimers`) are honoured. */
const SYSTEM_CLOCK: QpsClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** Settings of a {@link QpsLimiter}. */
export interface QpsLimiterOptions {
  /** Per-`Action` QPS overrides, e.g. `{ GetChatappVerifyCode: 2 }`; `Infinity` lifts the limit for that action. */
  readonly perAction?: Readonly<Record<string, number>> | undefined;
  /** QPS for actions neither documented nor overridden. @default 10 */
  readonly defaultQps?: number | undefined;
  /** Time source and timers. @default Date.now and the global timers */
  readonly clock?: QpsClock | undefined;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** One action's window: at most `count` admissions per `windowMs`, FIFO waiters. */
interface Lane {
  readonly count: number;
  readonly windowMs: number;
  /** The last `count` admission times, oldest first. */
  readonly admitted: number[];
  readonly queue: Waiter[];
  timer: unknown;
  timerArmed: boolean;
}

/**
 * Keeps every CAMS operation under its documented per-user QPS by making callers wait for a free slot.
 *
 * Each `Action` has its own window ({@link CAMS_DOCUMENTED_QPS}, overrides, else `defaultQps`); waiters are served in
 * arrival order. State is per instance: share one limiter between clients of the same Alibaba account (the limit is
 * per account). A QPS below 1 spaces calls `1000 / qps` ms apart; a fractional QPS above 1 is rounded down.
 *
 * @example
 * const limiter = new QpsLimiter({ perAction: { GetChatappVerifyCode: 2 } });
 * await limiter.acquire('QueryChatappPhoneNumbers', signal); // resolves when a slot is free
 */
export class QpsLimiter {
  readonly #overrides: Readonly<Record<string, number>>;
  readonly #defaultQps: number;
  readonly #clock: QpsClock;
  readonly #lanes = new Map<string, Lane>();
  readonly #disabled: boolean;

  /**
   * `false` gives a limiter that never waits (the client's `qpsLimit: false`).
   * @throws {RangeError} for a QPS that is not a positive number.
   */
  constructor(options: QpsLimiterOptions | false = {}) {
    this.#disabled = options === false;
    const settings = options === false ? {} : options;
    this.#defaultQps = checkQps('defaultQps', settings.defaultQps ?? DEFAULT_CAMS_QPS);
    const overrides: Record<string, number> = {};
    for (const [action, qps] of Object.entries(settings.perAction ?? {})) overrides[action] = checkQps(`perAction.${action}`, qps);
    this.#overrides = overrides;
    this.#clock = settings.clock ?? SYSTEM_CLOCK;
  }

  /**
   * The QPS applied to `action`: the override, else the documented rate, else `defaultQps`.
   *
   * @example
   * new QpsLimiter().limitFor('GetChatappPhoneNumberMetric'); // 50
   */
  limitFor(action: string): number {
    if (this.#disabled) return Number.POSITIVE_INFINITY;
    return Object.hasOwn(this.#overrides, action)
      ? (this.#overrides[action] as number)
      : Object.hasOwn(CAMS_DOCUMENTED_QPS, action)
        ? (CAMS_DOCUMENTED_QPS[action] as number)
        : this.#defaultQps;
  }

  /**
   * Waits until `action` may be called without exceeding its QPS, then takes the slot.
   *
   * Resolves at once when a slot is free and nobody is waiting for that action. An abort while waiting rejects at
   * once with `signal.reason` (as `fetch` does) and takes no slot; the callers behind move up in order.
   *
   * @throws the signal's `reason` when `signal` is already aborted or aborts while waiting.
   * @example
   * await limiter.acquire('ChatappPhoneNumberRegister', AbortSignal.timeout(5_000));
   */
  acquire(action: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
    const lane = this.#lane(action);
    if (lane === undefined) return Promise.resolve();
    const now = this.#clock.now();
    if (lane.queue.length === 0 && canAdmit(lane, now)) {
      admit(lane, now);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = lane.queue.indexOf(waiter);
          // Already admitted (the abort raced the timer): the call proceeds; nothing to undo.
          if (index < 0) return;
          lane.queue.splice(index, 1);
          if (lane.queue.length === 0) this.#disarm(lane);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      lane.queue.push(waiter);
      this.#arm(lane);
    });
  }

  #lane(action: string): Lane | undefined {
    let lane = this.#lanes.get(action);
    if (lane === undefined) {
      const qps = this.limitFor(action);
      if (qps === Number.POSITIVE_INFINITY) return undefined;
      // QPS ≥ 1: floor(qps) calls per second (rounded down: never above the documented rate). QPS < 1: one call per 1/qps s.
      lane = qps >= 1
        ? { count: Math.floor(qps), windowMs: WINDOW_MS, admitted: [], queue: [], timer: undefined, timerArmed: false }
        : { count: 1, windowMs: Math.ceil(WINDOW_MS / qps), admitted: [], queue: [], timer: undefined, timerArmed: false };
      this.#lanes.set(action, lane);
    }
    return lane;
  }

  #arm(lane: Lane): void {
    if (lane.timerArmed || lane.queue.length === 0) return;
    const wait = Math.max(0, nextSlotAt(lane) - this.#clock.now());
    lane.timerArmed = true;
    lane.timer = this.#clock.setTimeout(() => {
      lane.timerArmed = false;
      this.#drain(lane);
    }, wait);
  }

  #disarm(lane: Lane): void {
    if (!lane.timerArmed) return;
    this.#clock.clearTimeout(lane.timer);
    lane.timerArmed = false;
  }

  #drain(lane: Lane): void {
    const now = this.#clock.now();
    while (lane.queue.length > 0 && canAdmit(lane, now)) {
      const waiter = lane.queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      admit(lane, now);
      waiter.resolve();
    }
    this.#arm(lane);
  }
}

function canAdmit(lane: Lane, now: number): boolean {
  return lane.admitted.length < lane.count || now >= nextSlotAt(lane);
}

/** When the oldest of the last `count` admissions leaves the window. */
function nextSlotAt(lane: Lane): number {
  if (lane.admitted.length < lane.count) return Number.NEGATIVE_INFINITY;
  return (lane.admitted[lane.admitted.length - lane.count] as number) + lane.windowMs;
}

function admit(lane: Lane, now: number): void {
  lane.admitted.push(now);
  if (lane.admitted.length > lane.count) lane.admitted.splice(0, lane.admitted.length - lane.count);
}

function checkQps(name: string, value: number): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new RangeError(`CAMS qpsLimit ${name} must be a positive number (Infinity for no limit), got ${String(value)}`);
  }
  return value;
}

/**
 * The limiter for a client's `qpsLimit` option: a {@link QpsLimiter} with those settings, or, for `false`, one that
 * never waits.
 *
 * @throws {RangeError} for a QPS that is not a positive number.
 * @example
 * const limiter = createQpsLimiter(options.qpsLimit ?? {});
 * await limiter.acquire(spec.action, signal);
 */
export function createQpsLimiter(options: QpsLimiterOptions | false | undefined): QpsLimiter {
  return new QpsLimiter(options ?? {});
}
