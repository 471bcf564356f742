/**
 * Reading the CAMS response envelope `{ RequestId, Code, Message, AccessDeniedDetail, Success, … }` and the
 * gateway error body `{ RequestId, HostId, Code, Message, Recommend }` (alibaba-cams.md §1.4, §3.1). Total: any
 * input gives an answer, nothing throws.
 */

import { CAMS_SUCCESS_CODES } from './catalog.js';

/** The envelope fields an error needs; each is absent when missing or of the wrong type. */
export interface CamsEnvelope {
  readonly Code: string | undefined;
  readonly Message: string | undefined;
  readonly RequestId: string | undefined;
  readonly HostId: string | undefined;
  readonly Recommend: string | undefined;
  readonly AccessDeniedDetail: string | undefined;
  readonly Success: boolean | undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  // A numeric Code (e.g. 999999 re-serialised by a proxy) is still a code.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * The JSON object a CAMS body holds: `body` itself when already parsed, the parse of a JSON text, else `undefined`.
 * @internal
 */
export function camsBodyObject(body: unknown): Record<string, unknown> | undefined {
  let value = body;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!trimmed.startsWith('{')) return undefined;
    try {
      value = JSON.parse(trimmed) as unknown;
    } catch {
      return undefined;
    }
  }
  if (value instanceof Uint8Array || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/**
 * Reads the envelope from a CAMS body, or `undefined` when the body is not a JSON object. Never throws.
 *
 * @example
 * parseCamsEnvelope('{"Code":"Throttling.User","RequestId":"A1"}')?.Code; // 'Throttling.User'
 */
export function parseCamsEnvelope(body: unknown): CamsEnvelope | undefined {
  const object = camsBodyObject(body);
  if (object === undefined) return undefined;
  const read = (key: string): unknown => {
    try {
      return object[key];
    } catch {
      // A getter that throws (a hostile or exotic object) reads as absent.
      return undefined;
    }
  };
  const success = read('Success');
  return {
    Code: text(read('Code')),
    Message: text(read('Message')),
    RequestId: text(read('RequestId')),
    HostId: text(read('HostId')),
    Recommend: text(read('Recommend')),
    AccessDeniedDetail: text(read('AccessDeniedDetail')),
    Success: typeof success === 'boolean' ? success : undefined,
  };
}

/**
 * True when a CAMS answer is a success: HTTP 2xx and `Code` `OK` (or `0000`, §1.4).
 *
 * CAMS reports business failures with HTTP 200 and another `Code` (§3.1), so the status alone says nothing; the
 * official SDK does not check `Code` at all (§3.7). A 2xx body without a `Code` is not a success: every response
 * model has one. `Code` is authoritative: `Success` (present on some models only) is not consulted. Pure.
 *
 * @example
 * isCamsSuccess(200, { RequestId: 'A1', Code: 'OK', Data: {} });            // true
 * isCamsSuccess(200, { Code: 'InvalidParameter.PhoneNumberError' });        // false: a business error
 * isCamsSuccess(400, { Code: 'Throttling.User' });                          // false
 */
export function isCamsSuccess(status: number, body: unknown): boolean {
  if (!Number.isInteger(status) || status < 200 || status > 299) return false;
  const code = parseCamsEnvelope(body)?.Code;
  return code !== undefined && CAMS_SUCCESS_CODES.has(code.trim().toUpperCase());
}
