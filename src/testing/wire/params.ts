import { invalidParam } from './graph-error.js';

/**
 * Request parameters the way Graph reads them (contract §1.2 "Body encoding"): query string, JSON body, form
 * fields or multipart, merged (body wins). Structured values may arrive JSON-encoded in a string (query and
 * form encodings), so object/array readers parse strings.
 * @internal
 */
export class Params {
  readonly #values: Map<string, unknown>;

  private constructor(values: Map<string, unknown>) {
    this.#values = values;
  }

  /** Reads the query and the body of `request` (the body once). @throws SimGraphError (#100) for an unreadable JSON body. */
  static async from(request: Request, url: URL): Promise<Params> {
    const values = new Map<string, unknown>();
    for (const [key, value] of url.searchParams) values.set(key, value);
    if (request.method === 'GET' || request.method === 'HEAD') return new Params(values);
    const type = (request.headers.get('content-type') ?? '').toLowerCase();
    if (type.includes('multipart/form-data')) {
      const form = await request.formData();
      for (const [key, value] of form) if (typeof value === 'string') values.set(key, value);
      return new Params(values);
    }
    const text = await request.text();
    if (text.trim() === '') return new Params(values);
    if (type.includes('application/json') || /^\s*[{[]/.test(text)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw invalidParam('The request body is not valid JSON', 'Could not parse the request body');
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw invalidParam('The request body must be a JSON object', 'Could not parse the request body');
      }
      for (const [key, value] of Object.entries(parsed)) values.set(key, value);
      return new Params(values);
    }
    for (const [key, value] of new URLSearchParams(text)) values.set(key, value);
    return new Params(values);
  }

  /** Params from a plain record (tests and internal calls). */
  static of(record: Readonly<Record<string, unknown>>): Params {
    return new Params(new Map(Object.entries(record)));
  }

  has(name: string): boolean {
    return this.#values.has(name);
  }

  /** Names present in the request. */
  keys(): string[] {
    return [...this.#values.keys()];
  }

  /** The raw value. */
  raw(name: string): unknown {
    return this.#values.get(name);
  }

  /** A string value (numbers and booleans are stringified). @throws SimGraphError (#100) for objects. */
  string(name: string): string | undefined {
    const value = this.#values.get(name);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw invalidParam(`Param ${name} must be a string`);
  }

  /** A string that must be present. @throws SimGraphError `(#100) The parameter x is required`. */
  required(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') {
      throw invalidParam(`The parameter ${name} is required`, `The parameter ${name} is required`);
    }
    return value;
  }

  /** A boolean from `true`/`false` (JSON or strings). @throws SimGraphError (#100) otherwise. */
  bool(name: string): boolean | undefined {
    const value = this.#values.get(name);
    if (value === undefined) return undefined;
    if (value === true || value === 'true' || value === '1') return true;
    if (value === false || value === 'false' || value === '0') return false;
    throw invalidParam(`Param ${name} must be a boolean`);
  }

  /** A structured value: parsed from JSON when it arrived as a string. @throws SimGraphError (#100) for bad JSON. */
  json(name: string): unknown {
    const value = this.#values.get(name);
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw invalidParam(`Param ${name} must be valid JSON`);
    }
  }

  /** An object value (JSON-decoded if needed). @throws SimGraphError (#100) when not an object. */
  object(name: string): Record<string, unknown> | undefined {
    const value = this.json(name);
    if (value === undefined) return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw invalidParam(`Param ${name} must be an object`);
    }
    return value as Record<string, unknown>;
  }

  /** An array value (JSON-decoded if needed). @throws SimGraphError (#100) when not an array. */
  array(name: string): unknown[] | undefined {
    const value = this.json(name);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw invalidParam(`Param ${name} must be an array`);
    return value;
  }

  /** An enum member. @throws SimGraphError `(#100) Param x must be one of {…} - got "y"`. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidParam(`Param ${name} must be one of {${allowed.join(', ')}} - got "${value}".`);
    }
    return value as T;
  }
}
