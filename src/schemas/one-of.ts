import * as z from 'zod/mini';

/**
 * A closed set of strings, failing exactly as `z.enum(values, message)` does — one `invalid_value` issue with the
 * allowed `values` and `message`, for a wrong value, a non-string or a missing key — but built from two kinds every
 * handler bundles anyway (`unknown` and a check) instead of zod's enum kind, which costs a handler that needs no
 * other enum ~0.25 kB gzip (issue #12: the CAMS request-code handler). Public schemas keep `z.enum` (their `.options`
 * and `.enum`); this is for the params a provider checks on its own. @internal
 *
 * @example
 * const Method = oneOf(['SMS', 'VOICE'], 'code_method must be "SMS" or "VOICE"');
 * Method.safeParse('SMS').success; // true
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, message: string): z.ZodMiniType<T[number], T[number]> {
  const allowed: readonly unknown[] = values;
  const schema = z.unknown().check(
    z.check((payload) => {
      if (!allowed.includes(payload.value)) payload.issues.push({ code: 'invalid_value', values: [...values], input: payload.value, message });
    }),
  );
  // Typed as what it accepts: the check lets nothing else through.
  return schema as unknown as z.ZodMiniType<T[number], T[number]>;
}
