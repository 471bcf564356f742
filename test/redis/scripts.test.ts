import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isGuardStoreUnavailableError } from '../../src/errors/guards.js';
import { createRedisStores } from '../../src/redis/index.js';
import { runScript } from '../../src/redis/run-script.js';
import { detectKind } from '../../src/redis/script-client.js';
import { SCRIPTS } from '../../src/redis/scripts.js';

describe('wabakit/redis scripts', () => {
  it.each(Object.values(SCRIPTS))('$name carries the SHA-1 of its source (run scripts/gen-redis-script-shas.mjs after an edit)', (script) => {
    expect(script.sha).toBe(createHash('sha1').update(script.source).digest('hex'));
  });

  it('never declare flags (stock Redis 7 and Valkey 8 reject `#!lua flags=…`)', () => {
    for (const script of Object.values(SCRIPTS)) expect(script.source.startsWith('#!')).toBe(false);
  });
});

describe('client detection (by methods, never by constructor name)', () => {
  const fn = () => Promise.resolve(null);
  it.each([
    [{ defineCommand: fn, evalsha: fn, eval: fn }, 'ioredis'],
    [{ evalSha: fn, eval: fn }, 'node-redis'],
    [{ createScript: fn, evalsha: fn, eval: fn }, 'upstash'],
    [{ evalsha: fn, eval: fn }, 'scripts'],
  ] as const)('%o is %s', (shape, kind) => {
    expect(detectKind(shape)).toBe(kind);
  });

  it('refuses an object that is no Redis client, and nonsense options', () => {
    expect(() => createRedisStores({ get: fn })).toThrow(TypeError);
    expect(() => createRedisStores({ evalsha: fn, eval: fn }, { timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createRedisStores({ evalsha: fn, eval: fn }, { prefix: 'a{b}' })).toThrow(RangeError);
    expect(() => createRedisStores({ evalsha: fn, eval: fn }, { maxClockSkewMs: -1 })).toThrow(RangeError);
  });
});

describe('runScript', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers GuardStoreUnavailableError after its own timeout when the client never answers', async () => {
    vi.useFakeTimers();
    const never = { evalsha: () => new Promise<never>(() => undefined), eval: () => new Promise<never>(() => undefined) };
    const result = runScript({ client: never, timeoutMs: 200 }, 'registration', SCRIPTS.reserve, ['k'], []).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(200);
    const error = await result;
    expect(isGuardStoreUnavailableError(error)).toBe(true);
    expect(error).toMatchObject({ failure: 'timeout', timeoutMs: 200, operation: 'reserve' });
  });

  it('falls back to EVAL on NOSCRIPT, and only then', async () => {
    const calls: string[] = [];
    const client = {
      evalsha: async (sha: string) => {
        calls.push(`evalsha ${sha.slice(0, 6)}`);
        throw new Error('NOSCRIPT No matching script. Please use EVAL.');
      },
      eval: async () => {
        calls.push('eval');
        return 1;
      },
    };
    await expect(runScript({ client, timeoutMs: 1_000 }, 'registration', SCRIPTS.lock, ['k'], [])).resolves.toBe(1);
    expect(calls).toEqual([`evalsha ${SCRIPTS.lock.sha.slice(0, 6)}`, 'eval']);
    const other = { evalsha: async () => Promise.reject(new Error('WRONGTYPE')), eval: async () => 1 };
    await expect(runScript({ client: other, timeoutMs: 1_000 }, 'registration', SCRIPTS.lock, ['k'], [])).rejects.toMatchObject({
      name: 'GuardStoreUnavailableError',
      failure: 'error',
    });
  });
});
