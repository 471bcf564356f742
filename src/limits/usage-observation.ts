/**
 * The usage headers of one response, parsed once per distinct value (issue #12, warm-path profile: parsing both
 * headers on every response was the SDK's largest own cost). Graph repeats the same `X-App-Usage` and
 * `X-Business-Use-Case-Usage` strings for many calls in a row, so the last raw pair and everything the usage
 * guard derives from it (scope keys, throttle flags) are kept and reused while the strings stay the same.
 */

import { isThrottledReading, parseUsageHeaderValues, readUsageHeader, type HeaderSource, type UsageHeaders, type UsageReading } from './usage-headers.js';

/** The cool-down scope of a business object's BUC budget. @internal */
export function bucScopeKey(objectId: string): string {
  return `buc:${objectId}`;
}

/** One BUC entry with the keys the guard files it under. @internal */
export interface ObservedBusinessUseCase {
  readonly objectId: string;
  readonly type: string | undefined;
  readonly reading: UsageReading;
  /** `buc:<objectId>`: the cool-down scope. */
  readonly scopeKey: string;
  /** `<scopeKey>|<type>`: where the latest reading is kept. */
  readonly readingKey: string;
  readonly throttled: boolean;
}

/** Both headers, parsed (deeply frozen: the same objects are handed out for every response that repeats them). @internal */
export interface UsageObservation {
  readonly appRaw: string | undefined;
  readonly bucRaw: string | undefined;
  readonly usage: UsageHeaders;
  readonly appThrottled: boolean;
  readonly businessUseCases: readonly ObservedBusinessUseCase[];
}

/** Remembers the last observation and returns it again while the raw headers are unchanged. @internal */
export class UsageObserver {
  #last: UsageObservation | undefined;

  read(headers: HeaderSource): UsageObservation {
    const appRaw = readUsageHeader(headers, 'x-app-usage');
    const bucRaw = readUsageHeader(headers, 'x-business-use-case-usage');
    const last = this.#last;
    if (last !== undefined && last.appRaw === appRaw && last.bucRaw === bucRaw) return last;
    const next = observe(appRaw, bucRaw);
    this.#last = next;
    return next;
  }
}

function observe(appRaw: string | undefined, bucRaw: string | undefined): UsageObservation {
  const usage = deepFreeze(parseUsageHeaderValues(appRaw, bucRaw));
  return {
    appRaw,
    bucRaw,
    usage,
    appThrottled: isThrottledReading(usage.app),
    businessUseCases: usage.businessUseCases.map(({ objectId, type, reading }) => {
      const scopeKey = bucScopeKey(objectId);
      return { objectId, type, reading, scopeKey, readingKey: `${scopeKey}|${type ?? ''}`, throttled: isThrottledReading(reading) };
    }),
  };
}

/** Frozen so that a caller of `UsageGuard.observe` cannot change what later calls are handed. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
