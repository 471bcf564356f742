/**
 * One shape for every supported Redis client: run a script by SHA, or by source. Clients are recognised by the
 * methods they have — never by constructor name, which differs between versions and bundlers — and a `kind`
 * overrides the detection. wabakit depends on none of them: their types are described structurally here.
 */

/** The normalised client every Redis store runs on; pass your own to support another client. */
export interface ScriptClient {
  /** `EVALSHA sha numkeys ...keys ...args`; rejects with an error whose message contains `NOSCRIPT` when unknown. */
  evalsha(sha: string, keys: readonly string[], args: readonly string[]): Promise<unknown>;
  /** `EVAL source numkeys ...keys ...args`. */
  eval(source: string, keys: readonly string[], args: readonly string[]): Promise<unknown>;
}

/**
 * Which client family a value is:
 * - `node-redis`: `redis` / `@redis/client` v4–v6 `createClient()`, v5–v6 `createCluster()` (v4's cluster does not
 *   follow MOVED under concurrent scripts).
 * - `ioredis`: `ioredis` or `iovalkey`, `new Redis()` or `new Cluster()`.
 * - `upstash`: `@upstash/redis` (REST; no `TIME` in scripts, so the stores use the client clock).
 * - `scripts`: an object that already is a {@link ScriptClient}.
 */
export type RedisClientKind = 'node-redis' | 'ioredis' | 'upstash' | 'scripts';

/** node-redis v4–v6 (client and cluster): `evalSha(sha, { keys, arguments })`. */
interface NodeRedisLike {
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(source: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** ioredis / iovalkey (client and cluster): `evalsha(sha, numKeys, ...keysAndArgs)`. */
interface IoredisLike {
  evalsha(sha: string, numKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
  eval(source: string, numKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
}

/** @upstash/redis: `evalsha(sha, keys, args)`. */
interface UpstashLike {
  evalsha(sha: string, keys: string[], args: string[]): Promise<unknown>;
  eval(source: string, keys: string[], args: string[]): Promise<unknown>;
}

/** Any client the Redis stores accept. */
export type RedisClientLike = object;

function hasFunction(value: object, name: string): boolean {
  return typeof (value as Record<string, unknown>)[name] === 'function';
}

/**
 * The family of `client`, from its methods: `defineCommand` only exists on ioredis/iovalkey, camelCase `evalSha`
 * only on node-redis, `createScript` next to `evalsha` only on @upstash/redis. The checks matter: node-redis
 * accepts an ioredis-style `eval(src, 1, key, arg)` and answers `[]` without throwing.
 * @throws {TypeError} when the value matches no family.
 * @internal
 */
export function detectKind(client: RedisClientLike): RedisClientKind {
  if (typeof client !== 'object' || client === null) throw new TypeError('wabakit/redis: expected a Redis client object');
  if (hasFunction(client, 'defineCommand') && hasFunction(client, 'evalsha')) return 'ioredis';
  if (hasFunction(client, 'evalSha')) return 'node-redis';
  if (hasFunction(client, 'createScript') && hasFunction(client, 'evalsha')) return 'upstash';
  if (hasFunction(client, 'evalsha') && hasFunction(client, 'eval')) return 'scripts';
  throw new TypeError(
    'wabakit/redis: unrecognised Redis client (expected node-redis, ioredis, iovalkey or @upstash/redis); pass `kind`, or an object with evalsha(sha, keys, args) and eval(source, keys, args)',
  );
}

/**
 * Wraps `client` as a {@link ScriptClient} of the given family.
 * @internal
 */
export function toScriptClient(client: RedisClientLike, kind: RedisClientKind): ScriptClient {
  switch (kind) {
    case 'node-redis': {
      const redis = client as NodeRedisLike;
      return {
        evalsha: (sha, keys, args) => redis.evalSha(sha, { keys: [...keys], arguments: [...args] }),
        eval: (source, keys, args) => redis.eval(source, { keys: [...keys], arguments: [...args] }),
      };
    }
    case 'ioredis': {
      const redis = client as IoredisLike;
      return {
        evalsha: (sha, keys, args) => redis.evalsha(sha, keys.length, ...keys, ...args),
        eval: (source, keys, args) => redis.eval(source, keys.length, ...keys, ...args),
      };
    }
    case 'upstash': {
      const redis = client as UpstashLike;
      return {
        evalsha: (sha, keys, args) => redis.evalsha(sha, [...keys], [...args]),
        eval: (source, keys, args) => redis.eval(source, [...keys], [...args]),
      };
    }
    case 'scripts': {
      const redis = client as ScriptClient;
      return { evalsha: (sha, keys, args) => redis.evalsha(sha, keys, args), eval: (source, keys, args) => redis.eval(source, keys, args) };
    }
    default:
      throw new TypeError(`wabakit/redis: unknown client kind ${String(kind)}`);
  }
}
