import type { RateLimitScope } from '../errors/api-error.js';
import type { CooldownSource, CooldownStore, SharedCooldown } from '../limits/cooldown-store.js';
import type { StoreClock } from './clock.js';
import { runScript, type ScriptRunner } from './run-script.js';
import { SCRIPTS } from './scripts.js';

/**
 * The usage guard's cool-downs in Redis: one string per scope (`wabakit:v1:{<scopeKey>}:cooldown`), extend-only,
 * expiring with the cool-down. Reads go one key per call (in parallel), so a cluster never sees two slots in one
 * command.
 * @internal
 */
export class RedisCooldownStore implements CooldownStore {
  readonly #runner: ScriptRunner;
  readonly #clock: StoreClock;
  readonly #prefix: string;

  constructor(runner: ScriptRunner, clock: StoreClock, prefix: string) {
    this.#runner = runner;
    this.#clock = clock;
    this.#prefix = prefix;
  }

  async extend(scopeKey: string, durationMs: number, scope: RateLimitScope, source: CooldownSource): Promise<void> {
    if (!(durationMs >= 1)) return;
    await runScript(this.#runner, 'cooldown', SCRIPTS.cooldownExtend, [this.#key(scopeKey)], [
      this.#clock.nowArg(),
      String(Math.ceil(durationMs)),
      scope,
      source,
    ]);
  }

  read(scopeKeys: readonly string[]): Promise<readonly (SharedCooldown | undefined)[]> {
    return Promise.all(
      scopeKeys.map(async (scopeKey) => {
        const reply = await runScript(this.#runner, 'cooldown', SCRIPTS.cooldownRead, [this.#key(scopeKey)], [this.#clock.nowArg()]);
        if (!Array.isArray(reply) || !(Number(reply[0]) > 0)) return undefined;
        return {
          remainingMs: Number(reply[0]),
          scope: String(reply[1]) as RateLimitScope,
          source: String(reply[2]) as CooldownSource,
        };
      }),
    );
  }

  #key(scopeKey: string): string {
    return `${this.#prefix}wabakit:v1:{${tagSafe(scopeKey)}}:cooldown`;
  }
}

/**
 * A value safe inside a hash tag: `{` and `}` (and `%`, the escape) percent-encoded, so user-derived ids cannot
 * end the tag early and split one logical key over two slots.
 * @internal
 */
export function tagSafe(value: string): string {
  return value.replace(/[%{}]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
