/**
 * A total parser for Graph's usage headers (contract §6, [G-RL] "Headers"; reliability.md G13):
 * `X-App-Usage` and `X-Business-Use-Case-Usage`. It never throws — a malformed header must never turn a
 * successful call into a failure — and keeps "header absent" (`undefined`) apart from "0 % used".
 */

/** One usage report: whole-number percentages of Meta's limit, and the wait Meta announced. */
export interface UsageReading {
  /** `call_count`: % of the call budget used. */
  readonly callCount?: number;
  /** `total_cputime`: % of the CPU-time budget used. */
  readonly totalCputime?: number;
  /** `total_time`: % of the total-time budget used. */
  readonly totalTime?: number;
  /** `estimated_time_to_regain_access`, converted from Meta's **minutes** to ms. `0` = not throttled. */
  readonly regainAccessMs?: number;
  /** The largest of the three percentages present; `undefined` when none is. Throttled at 100. */
  readonly maxPercent?: number;
}

/** One business-use-case (BUC) report from `X-Business-Use-Case-Usage`, e.g. a WABA's management budget. */
export interface BusinessUseCaseUsage {
  /** The business object the budget belongs to (for WhatsApp, usually the WABA id). */
  readonly objectId: string;
  /** BUC type, e.g. `whatsapp_business_management` or `whatsapp`. */
  readonly type?: string;
  readonly reading: UsageReading;
}

/** Both usage headers of one response, normalised. */
export interface UsageHeaders {
  /** From `X-App-Usage`; `undefined` when the header is absent or unreadable (unknown usage, not 0 %). */
  readonly app?: UsageReading;
  /** From `X-Business-Use-Case-Usage`, one element per (object, type); empty when absent or unreadable. */
  readonly businessUseCases: readonly BusinessUseCaseUsage[];
}

/** Anything with a `get(name)` like the Fetch `Headers` (names are passed in lower case). */
export interface HeaderSource {
  get(name: string): string | null | undefined;
}

/** Meta documents up to 32 objects; more are read (to be lenient) up to this bound, so work stays bounded. */
const MAX_OBJECTS = 256;
/** A (object, type) list longer than this is garbage; Meta sends one entry per BUC type. */
const MAX_ENTRIES_PER_OBJECT = 16;
/** ~32 objects × 2 types is about 10 KB; anything far larger is not Meta's header. */
const MAX_HEADER_LENGTH = 256 * 1024;
const MINUTE_MS = 60_000;
/** Graph ids are numeric; allow word characters so test doubles and future id forms still parse. */
const OBJECT_ID = /^[0-9A-Za-z_-]{1,128}$/;
/** Strings-for-numbers are tolerated only when they are plain non-negative decimals. */
const NUMERIC = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * Reads both usage headers of a response. Never throws.
 *
 * @example
 * const usage = parseUsageHeaders(response.headers);
 * if ((usage.app?.maxPercent ?? 0) >= 90) console.warn('app usage high', usage.app);
 */
export function parseUsageHeaders(headers: HeaderSource): UsageHeaders {
  return parseUsageHeaderValues(readUsageHeader(headers, 'x-app-usage'), readUsageHeader(headers, 'x-business-use-case-usage'));
}

/** {@link parseUsageHeaders} from the two raw values (`undefined` = absent). Never throws. @internal */
export function parseUsageHeaderValues(appUsage: string | undefined, businessUseCaseUsage: string | undefined): UsageHeaders {
  const app = parseAppUsage(appUsage);
  const businessUseCases = parseBusinessUseCaseUsage(businessUseCaseUsage) ?? [];
  return app === undefined ? { businessUseCases } : { app, businessUseCases };
}

/**
 * Parses an `X-App-Usage` value, e.g. `{"call_count":28,"total_cputime":4,"total_time":9}`. Never throws.
 *
 * Numbers given as numeric strings are accepted; negative, non-finite or non-numeric fields are dropped.
 * Returns `undefined` when the header is absent, not JSON, not an object, or has no readable field.
 *
 * @example
 * parseAppUsage('{"call_count":100,"total_cputime":3,"total_time":5}')?.maxPercent; // 100
 */
export function parseAppUsage(value: string | null | undefined): UsageReading | undefined {
  const parsed = parseJson(value);
  return isRecord(parsed) ? toReading(parsed) : undefined;
}

/**
 * Parses an `X-Business-Use-Case-Usage` value: `{"<object-id>":[{"type","call_count","total_cputime",
 * "total_time","estimated_time_to_regain_access"}]}`. Never throws.
 *
 * `estimated_time_to_regain_access` is in **minutes** and is returned as `regainAccessMs`. Object ids that are
 * not id-like, entries that are not objects and entries with no readable field are skipped; a single entry
 * object in place of the array is accepted. Returns `undefined` when the header is absent or not a JSON object.
 *
 * @example
 * parseBusinessUseCaseUsage('{"1029":[{"type":"whatsapp","call_count":100,"estimated_time_to_regain_access":3}]}');
 * // [{ objectId: '1029', type: 'whatsapp', reading: { callCount: 100, regainAccessMs: 180000, maxPercent: 100 } }]
 */
export function parseBusinessUseCaseUsage(value: string | null | undefined): BusinessUseCaseUsage[] | undefined {
  const parsed = parseJson(value);
  if (!isRecord(parsed)) return undefined;
  const result: BusinessUseCaseUsage[] = [];
  let objects = 0;
  for (const objectId of Object.keys(parsed)) {
    if (objects >= MAX_OBJECTS) break;
    objects += 1;
    if (!OBJECT_ID.test(objectId)) continue;
    const raw = parsed[objectId];
    const entries = Array.isArray(raw) ? raw.slice(0, MAX_ENTRIES_PER_OBJECT) : [raw];
    for (const entry of entries) {
      if (!isRecord(entry)) continue;
      const reading = toReading(entry);
      const type = typeof entry['type'] === 'string' && entry['type'] !== '' ? entry['type'] : undefined;
      if (reading === undefined && type === undefined) continue;
      result.push(
        type === undefined ? { objectId, reading: reading ?? {} } : { objectId, type, reading: reading ?? {} },
      );
    }
  }
  return result;
}

/**
 * True when a reading says the scope is throttled: a percentage at 100 or more, or a wait announced by Meta.
 *
 * @example
 * if (isThrottledReading(usage.app)) pauseCalls();
 */
export function isThrottledReading(reading: UsageReading | undefined): boolean {
  if (reading === undefined) return false;
  return (reading.maxPercent ?? 0) >= 100 || (reading.regainAccessMs ?? 0) > 0;
}

/** One raw usage header, `undefined` when absent or when the header source throws. Never throws. @internal */
export function readUsageHeader(headers: HeaderSource, name: 'x-app-usage' | 'x-business-use-case-usage'): string | undefined {
  try {
    const value = headers.get(name);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined; // a caller-supplied header source misbehaved: treat as absent
  }
}

function parseJson(value: string | null | undefined): unknown {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_HEADER_LENGTH) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toMetric(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && NUMERIC.test(value) ? Number(value) : Number.NaN;
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function toReading(record: Record<string, unknown>): UsageReading | undefined {
  const callCount = toMetric(record['call_count']);
  const totalCputime = toMetric(record['total_cputime']);
  const totalTime = toMetric(record['total_time']);
  const minutes = toMetric(record['estimated_time_to_regain_access']);
  const regainAccessMs = minutes === undefined ? undefined : minutes * MINUTE_MS;
  const percents = [callCount, totalCputime, totalTime].filter((metric) => metric !== undefined);
  const reading: {
    callCount?: number;
    totalCputime?: number;
    totalTime?: number;
    regainAccessMs?: number;
    maxPercent?: number;
  } = {};
  if (callCount !== undefined) reading.callCount = callCount;
  if (totalCputime !== undefined) reading.totalCputime = totalCputime;
  if (totalTime !== undefined) reading.totalTime = totalTime;
  if (regainAccessMs !== undefined && Number.isFinite(regainAccessMs)) reading.regainAccessMs = regainAccessMs;
  if (percents.length > 0) reading.maxPercent = Math.max(...percents);
  return Object.keys(reading).length > 0 ? reading : undefined;
}
