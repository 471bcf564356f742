import type { CamsWireValue } from './cams-spec.js';

/**
 * One CAMS parameter as the string that is signed and sent (contract §1.2): booleans as `true`/`false`, integers
 * in decimal, arrays and objects as one JSON text (`JSON.stringify`, no spaces, keys kept PascalCase). @internal
 */
export function wireString(value: CamsWireValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Splits wire params into query and form body; `undefined` values are left out (contract §1.2 "absent vs empty"). @internal */
export function splitWire(
  wire: Readonly<Record<string, CamsWireValue | undefined>>,
  formParams: readonly string[] = [],
): { query: Record<string, string>; form: Record<string, string> } {
  const query: Record<string, string> = {};
  const form: Record<string, string> = {};
  for (const [name, value] of Object.entries(wire)) {
    if (value === undefined) continue;
    (formParams.includes(name) ? form : query)[name] = wireString(value);
  }
  return { query, form };
}
