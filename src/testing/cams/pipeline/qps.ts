import type { CamsRoutes } from './route.js';

/**
 * Per-user, per-action QPS (contract §3.5): at most N calls of one `Action` by one account in any second of the
 * simulator clock. A refused call is not counted. @internal
 */
export class QpsMeter {
  readonly #limits: (action: string) => number | undefined;
  readonly #calls = new Map<string, number[]>();

  constructor(option: boolean | Readonly<Record<string, number>> | undefined, routes: CamsRoutes) {
    const overrides = typeof option === 'object' ? option : {};
    const on = option !== undefined && option !== false;
    this.#limits = (action) => (on ? (overrides[action] ?? routes[action]?.qps) : undefined);
  }

  /** `undefined` when the call fits in the window (it is then counted); otherwise the ms until a slot frees. */
  admit(accountId: string, action: string, now: number): number | undefined {
    const limit = this.#limits(action);
    if (limit === undefined || !Number.isFinite(limit)) return undefined;
    const key = `${accountId}\n${action}`;
    const recent = (this.#calls.get(key) ?? []).filter((at) => now - at < 1000 && at <= now);
    this.#calls.set(key, recent);
    if (recent.length >= limit) return Math.max(1, (recent[recent.length - limit] ?? now) + 1000 - now);
    recent.push(now);
    return undefined;
  }
}
