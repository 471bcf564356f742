import * as z from 'zod/mini';
import { describeType } from '../internal/validate.js';

// Meta sends Unix seconds as JSON integers in most places (`entry[].time`, `restriction_info[].expiration`,
// `volume_tier_info.tier_update_time`, QR `creation_time`) and as strings of digits in the `messages` field
// (`"timestamp": "1749416383"`, `conversation.expiration_timestamp`). Which form a field uses is not stable
// across versions and proxies, so every timestamp accepts both and comes out as one type: a number.
const DIGITS = /^-?[0-9]{1,16}$/;

/**
 * True for what {@link UnixSeconds} accepts: a safe integer, or a string of digits (optionally signed) whose
 * value is a safe integer.
 *
 * @example
 * isUnixSeconds(1641330498);   // true
 * isUnixSeconds('1749416383'); // true
 * isUnixSeconds('2026-04-19'); // false
 */
export function isUnixSeconds(value: unknown): value is number | string {
  if (typeof value === 'number') return Number.isSafeInteger(value);
  return typeof value === 'string' && DIGITS.test(value) && Number.isSafeInteger(Number(value));
}

/**
 * A Unix timestamp in seconds, sent by Meta as an integer (`1641330498`) or a string of digits (`"1749416383"`);
 * both parse to the **number** of seconds. Anything else — a fraction, a date string, a boolean — fails with
 * `expected Unix seconds (an integer or a string of digits), got <type>`.
 *
 * Multiply by 1000 for a `Date`: `new Date(seconds * 1000)`.
 *
 * @example
 * UnixSeconds.parse('1749416383'); // 1749416383
 * UnixSeconds.parse(1641330498);   // 1641330498
 * UnixSeconds.safeParse(true).success; // false
 */
export const UnixSeconds = z.pipe(
  z.custom<number | string>(isUnixSeconds, {
    error: (issue) => `expected Unix seconds (an integer or a string of digits), got ${describeType(issue.input)}`,
  }),
  z.transform((value: number | string): number => (typeof value === 'number' ? value : Number(value) || 0)),
);
/** Unix seconds, normalised to a number. */
export type UnixSeconds = z.infer<typeof UnixSeconds>;
