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

  /** True when the call fits in the window (and is then counted). */
  admit(accountId: string, action: string, now: number): boolean {
    const limit = this.#limits(action);
    if (limit === undefined || !Number.isFinite(limit)) return true;
    const key = `${accountId}\n${action}`;
    const recent = (this.#calls.get(key) ?? []).filter((at) => now - at < 1000 && at <= now);
    if (recent.length >= limit) {
      this.#calls.set(key, recent);
      return false;
    }
    recent.push(now);
    this.#calls.set(key, recent);
    return true;
  }
}
