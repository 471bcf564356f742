import { invalidParam, missingParam } from './errors.js';

/**
 * The parameters of one call: query and form body merged (contract §1.2; the body wins on a name in both), read
 * the way the gateway checks them: a required parameter absent or empty → `Missing<Name>`, a value of the wrong
 * type → `Invalid<Name>` (contract §3.2). Booleans are `true`/`false`, arrays and objects one JSON text.
 * @internal
 */
export class CamsParams {
  readonly #values: ReadonlyMap<string, string>;

  constructor(values: ReadonlyMap<string, string>) {
    this.#values = values;
  }

  has(name: string): boolean {
    return this.#values.has(name);
  }

  optional(name: string): string | undefined {
    return this.#values.get(name);
  }

  required(name: string): string {
    const value = this.#values.get(name);
    if (value === undefined || value === '') throw missingParam(name);
    return value;
  }

  /** One of `values`; `caseInsensitive` folds the received value to the listed spelling (contract §7 #2, #3). */
  oneOf<const T extends string>(name: string, values: readonly T[], required: boolean, caseInsensitive = false): T | undefined {
    const raw = required ? this.required(name) : this.optional(name);
    if (raw === undefined) return undefined;
    const found = values.find((v) => (caseInsensitive ? v.toLowerCase() === raw.toLowerCase() : v === raw));
    if (found === undefined) throw invalidParam(name, `Expected one of ${values.join(', ')}.`);
    return found;
  }

  /** `Y` | `N`. */
  flag(name: string): 'Y' | 'N' | undefined {
    return this.oneOf(name, ['Y', 'N'], false);
  }

  /** `true` | `false` (contract §1.2). */
  boolean(name: string, required: boolean): boolean | undefined {
    const value = this.oneOf(name, ['true', 'false'], required);
    return value === undefined ? undefined : value === 'true';
  }

  /** A decimal integer within JS's exact range (epoch ms). */
  integer(name: string, required: boolean): number | undefined {
    const raw = required ? this.required(name) : this.optional(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value)) throw invalidParam(name, 'Expected an integer.');
    return value;
  }

  /** A JSON-text array parameter (`Websites=["https://a.example"]`, contract §1.2). */
  jsonArray(name: string): unknown[] | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw invalidParam(name, 'Expected a JSON array.');
    }
    if (!Array.isArray(parsed)) throw invalidParam(name, 'Expected a JSON array.');
    return parsed;
  }

  /** A JSON array of strings. */
  stringArray(name: string): string[] | undefined {
    const list = this.jsonArray(name);
    if (list !== undefined && !list.every((item) => typeof item === 'string')) throw invalidParam(name, 'Expected a JSON array of strings.');
    return list as string[] | undefined;
  }
}
