/**
 * The Lua scripts behind the Redis stores. Each runs atomically on the server (EVAL semantics), touches only keys
 * of one hash tag (cluster-safe) and reads the clock once: the server's `TIME` when `ARGV[1]` is empty (Redis,
 * Valkey), else the client's epoch ms in `ARGV[1]` (REST stores without `TIME` in scripts, e.g. Upstash).
 *
 * Scripts return integers, arrays and short strings only: RESP turns Lua numbers into integers, and REST clients
 * that JSON-parse replies cannot turn them into something else.
 *
 * `sha` is the SHA-1 of `source`, precomputed so EVALSHA needs no round trip first (test/redis/scripts.test.ts
 * recomputes it).
 */

/** A script and its SHA-1. @internal */
export interface RedisScript {
  readonly name: string;
  readonly source: string;
  readonly sha: string;
}

// Shared prologue: `now` in epoch ms, from the server unless the client sent one.
const NOW = `local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[1])
end
`;

/**
 * KEYS[1] window (sorted set: member = attempt id, score = time), KEYS[2] lock.
 * ARGV: now ('' = server), windowMs, limit, attemptId, skewMs.
 * Returns {allowed 1|0, retryAtMs, flag} — flag 1 = duplicate attempt (allowed), 2 = locked (refused).
 *
 * With a client clock, `now` never goes below the newest recorded entry, and the window is widened by `skewMs`
 * so an instance whose clock runs up to `skewMs` ahead still counts every entry inside the true window.
 */
const RESERVE = `${NOW}local window, limit, skew = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[5])
local lock = tonumber(redis.call('GET', KEYS[2]) or '0')
if lock > now then return {0, lock, 2} end
if ARGV[1] ~= '' then
  local newest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
  if newest[2] and tonumber(newest[2]) > now then now = tonumber(newest[2]) end
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window - skew)
if redis.call('ZSCORE', KEYS[1], ARGV[4]) then return {1, 0, 1} end
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window + skew)
  return {1, 0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window + skew, 0}
`;

/** KEYS[1] lock. ARGV: now ('' = server), durationMs, skewMs. Extend-only. Returns the lock's end. */
const LOCK = `${NOW}local untilMs = now + tonumber(ARGV[2])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current >= untilMs then return current end
redis.call('SET', KEYS[1], string.format('%d', untilMs), 'PX', tonumber(ARGV[2]) + tonumber(ARGV[3]))
return untilMs
`;

/** KEYS[1] lock. ARGV: now ('' = server). Returns the lock's end, or -1 when not in force. */
const LOCKED_UNTIL = `${NOW}local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current > now then return current end
return -1
`;

/**
 * KEYS[1] cool-down ("untilMs|scope|source"). ARGV: now ('' = server), durationMs, scope, source.
 * Extend-only. Returns 1 when extended, 0 when a longer one was already there.
 */
const COOLDOWN_EXTEND = `${NOW}local untilMs = now + tonumber(ARGV[2])
local current = redis.call('GET', KEYS[1])
if current then
  local currentUntil = tonumber(string.match(current, '^(%d+)'))
  if currentUntil and currentUntil >= untilMs then return 0 end
end
redis.call('SET', KEYS[1], string.format('%d|%s|%s', untilMs, ARGV[3], ARGV[4]), 'PX', tonumber(ARGV[2]))
return 1
`;

/** KEYS[1] cool-down. ARGV: now ('' = server). Returns {remainingMs, scope, source}, or {-1} when not cooling. */
const COOLDOWN_READ = `${NOW}local current = redis.call('GET', KEYS[1])
if not current then return {-1} end
local untilMs, scope, source = string.match(current, '^(%d+)|([^|]*)|(.*)$')
if not untilMs or tonumber(untilMs) <= now then return {-1} end
return {tonumber(untilMs) - now, scope, source}
`;

/** KEYS[1] dedupe key. ARGV: leaseMs. `SET NX PX`: 1 for exactly one claimant, 0 while claimed or done. */
const DEDUPE_CLAIM = `if redis.call('SET', KEYS[1], 'running', 'NX', 'PX', tonumber(ARGV[1])) then return 1 end
return 0
`;

/** KEYS[1] dedupe key. ARGV: ttlMs. */
const DEDUPE_COMPLETE = `redis.call('SET', KEYS[1], 'done', 'PX', tonumber(ARGV[1]))
return 1
`;

/** KEYS[1] dedupe key. Drops a running claim, never a completion (a late release must not re-open a done event). */
const DEDUPE_RELEASE = `if redis.call('GET', KEYS[1]) == 'running' then redis.call('DEL', KEYS[1]) end
return 1
`;

/** KEYS[1] identity hash (fields h = 'h:'..hash, t = trusted 1|0, o = observedAt, u = untrustedAt). */
const IDENTITY_GET = `return redis.call('HMGET', KEYS[1], 'h', 't', 'o', 'u')
`;

/** KEYS[1] identity. ARGV: hash, observedAt, ttlMs (0 = none). Keeps the trust flag (new customers are trusted). */
const IDENTITY_SET = `redis.call('HSET', KEYS[1], 'h', 'h:' .. ARGV[1], 'o', ARGV[2])
redis.call('HSETNX', KEYS[1], 't', '1')
if tonumber(ARGV[3]) > 0 then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3])) end
return 1
`;

/** KEYS[1] identity. ARGV: at, ttlMs. Untrusted since the latest mismatch; forgets the stale hash. */
const IDENTITY_UNTRUST = `local at = tonumber(ARGV[1])
local previous = tonumber(redis.call('HGET', KEYS[1], 'u') or ARGV[1])
if previous > at then at = previous end
redis.call('HDEL', KEYS[1], 'h')
redis.call('HSET', KEYS[1], 't', '0', 'u', string.format('%d', at))
redis.call('HSETNX', KEYS[1], 'o', ARGV[1])
if tonumber(ARGV[2]) > 0 then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end
return 1
`;

/** KEYS[1] identity. Trusted again, when a record exists. */
const IDENTITY_TRUST = `if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 't', '1') end
return 1
`;

function script(name: string, source: string, sha: string): RedisScript {
  return { name, source, sha };
}

/** Every script of the Redis stores. @internal */
export const SCRIPTS = {
  reserve: script('reserve', RESERVE, '05c731729d2e4c054dc72d3abd976d5b5f959a91'),
  lock: script('lock', LOCK, 'cb7f1d4376d035a2f4fbfa08012603f51049db50'),
  lockedUntil: script('lockedUntil', LOCKED_UNTIL, 'fd3189154e7f80b8630507df11952c0d2fd5b45f'),
  cooldownExtend: script('cooldownExtend', COOLDOWN_EXTEND, '8091883f7e33c71436575e9a94264282f74cc9e2'),
  cooldownRead: script('cooldownRead', COOLDOWN_READ, '7902323e6644de2504f494ecfdaead02f0f6d944'),
  dedupeClaim: script('dedupeClaim', DEDUPE_CLAIM, 'ac08a5241477beb4dd5bc82d110596d3f7e6aa14'),
  dedupeComplete: script('dedupeComplete', DEDUPE_COMPLETE, '443b7fd4c47958ec6902d8dd048849c78201e115'),
  dedupeRelease: script('dedupeRelease', DEDUPE_RELEASE, '62fd99b3019102ba367a61110c02c269844f1189'),
  identityGet: script('identityGet', IDENTITY_GET, 'c7fc9943f56244d876cbf4865bcc1ee9170f26f3'),
  identitySet: script('identitySet', IDENTITY_SET, '9e6145c84aeec892f9e901ab90bcb8cd550edddb'),
  identityUntrust: script('identityUntrust', IDENTITY_UNTRUST, '1513fffb31094992069726dd90b01a17faf73d16'),
  identityTrust: script('identityTrust', IDENTITY_TRUST, '0763daf195bcf0216ea8694933f48683cd96d194'),
} as const;
