import type { ResolvedUsage } from '../options.js';
import { isRegistered, within } from '../state/phone-rules.js';
import type { SimStore } from '../state/store.js';
import { SimGraphError } from '../wire/graph-error.js';

/**
 * The management-API call budget (contract §6, [G-RL]): every call on a WABA or one of its numbers counts
 * toward that WABA's budget (200/hour, 5,000/hour once a number is registered), reported as whole percentages
 * in `X-Business-Use-Case-Usage`; at 100 % calls get error 80008 with `estimated_time_to_regain_access`
 * (minutes) until the oldest counted call leaves the moving window. Refused calls are not counted (the
 * simulator's choice: the window then simply runs out). `X-App-Usage` reports all calls of all tokens.
 * @internal
 */
export class UsageMeter {
  readonly #store: SimStore;
  readonly #config: ResolvedUsage;

  constructor(store: SimStore, config: ResolvedUsage) {
    this.#store = store;
    this.#config = config;
  }

  /** @throws SimGraphError 80008 when the WABA's budget is used up, 4 when the app's is. */
  check(wabaId: string | undefined, now: number): void {
    const app = this.#appWindow(now);
    if (app.length >= this.#config.appCallsPerHour) {
      throw new SimGraphError({ code: 4, headers: this.headers(wabaId, now), isTransient: true });
    }
    if (wabaId === undefined) return;
    const calls = this.#wabaWindow(wabaId, now);
    if (calls.length >= this.#budget(wabaId)) {
      throw new SimGraphError({
        code: 80008,
        subcode: 2446079,
        isTransient: true,
        message:
          '(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again. ' +
          'For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
        headers: this.headers(wabaId, now),
      });
    }
  }

  /** Counts one call. */
  record(wabaId: string | undefined, now: number): void {
    this.#store.appCalls = [...this.#appWindow(now), now];
    if (wabaId === undefined) return;
    this.#store.wabaCalls.set(wabaId, [...this.#wabaWindow(wabaId, now), now]);
  }

  /** The usage headers after the current call. */
  headers(wabaId: string | undefined, now: number): Record<string, string> {
    const app = this.#appWindow(now);
    const appPercent = percent(app.length, this.#config.appCallsPerHour);
    const headers: Record<string, string> = {
      'x-app-usage': JSON.stringify({
        call_count: appPercent,
        total_cputime: Math.floor(appPercent / 4),
        total_time: Math.floor(appPercent / 2),
      }),
    };
    if (wabaId === undefined) return headers;
    const calls = this.#wabaWindow(wabaId, now);
    const budget = this.#budget(wabaId);
    const callPercent = percent(calls.length, budget);
    const oldest = calls[0];
    const regainMinutes =
      calls.length >= budget && oldest !== undefined
        ? Math.max(1, Math.ceil((oldest + this.#config.windowMs - now) / 60_000))
        : 0;
    headers['x-business-use-case-usage'] = JSON.stringify({
      [wabaId]: [
        {
          type: 'whatsapp_business_management',
          call_count: callPercent,
          total_cputime: Math.floor(callPercent / 4),
          total_time: Math.floor(callPercent / 2),
          estimated_time_to_regain_access: regainMinutes,
        },
      ],
    });
    return headers;
  }

  #budget(wabaId: string): number {
    const active = this.#store.phoneNumbers(wabaId).some(isRegistered);
    return active ? this.#config.activeCallsPerHour : this.#config.callsPerHour;
  }

  #wabaWindow(wabaId: string, now: number): number[] {
    return within(this.#store.wabaCalls.get(wabaId) ?? [], now, this.#config.windowMs);
  }

  #appWindow(now: number): number[] {
    return within(this.#store.appCalls, now, this.#config.windowMs);
  }
}

function percent(count: number, budget: number): number {
  return budget <= 0 ? 100 : Math.floor((count * 100) / budget);
}
