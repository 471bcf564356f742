/**
 * Runs one script: EVALSHA with the precomputed SHA, EVAL when the server answers NOSCRIPT — on every call, not
 * once at start-up, because a `SCRIPT FLUSH`, a restart or a failover empties the cache, and in a cluster each
 * node has its own. Every call has the adapter's own timeout: the clients' defaults wait forever on a refused or
 * frozen connection (docs/serverless.md).
 */

import { GuardStoreUnavailableError, type GuardStoreKind } from '../errors/store-errors.js';
import type { ScriptClient } from './script-client.js';
import type { RedisScript } from './scripts.js';

/** Where a call runs and how long it may take. @internal */
export interface ScriptRunner {
  readonly client: ScriptClient;
  readonly timeoutMs: number;
}

/**
 * Runs `script` on `keys` and `args`.
 * @throws {GuardStoreUnavailableError} `failure: 'timeout'` after `timeoutMs`, `failure: 'error'` on any client
 *   or server error (the client's error as `cause`).
 * @internal
 */
export async function runScript(
  runner: ScriptRunner,
  store: GuardStoreKind,
  script: RedisScript,
  keys: readonly string[],
  args: readonly string[],
): Promise<unknown> {
  const call = (async () => {
    try {
      return await runner.client.evalsha(script.sha, keys, args);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return runner.client.eval(script.source, keys, args);
    }
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new GuardStoreUnavailableError({ store, operation: script.name, failure: 'timeout', timeoutMs: runner.timeoutMs })),
      runner.timeoutMs,
    );
  });
  // The client's promise may settle long after the timeout (ioredis queues commands while reconnecting): keep its
  // late rejection from surfacing as an unhandled rejection.
  call.catch(() => undefined);
  try {
    return await Promise.race([call, timeout]);
  } catch (error) {
    if (error instanceof GuardStoreUnavailableError) throw error;
    throw new GuardStoreUnavailableError({ store, operation: script.name, failure: 'error', cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function isNoScript(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.includes('NOSCRIPT');
}
