// Meta's error envelope, read by hand rather than with zod (issue #12): it is on every call's error path, so
// every handler bundle carries it, and its zod form (lenient fields: pipe + transform, a union for numeric-string
// codes, z.int) pulled five schema kinds that nothing else on the core path uses (~1.3 kB gzip). The reader is
// lenient by design — a field of an unexpected type reads as absent and never hides the rest of Meta's error
// (contract §7.1; style.md §6.8 "response schemas are tolerant") — so it never raises a ValidationError and zod's
// issues are not needed. Its output is exactly what the former zod schema returned (property-tested against it in
// test/errors/envelope.test.ts): declared keys first, in this order, a present key of the wrong type kept as
// `undefined`, every other key copied as is (an own `__proto__` aside).

/** The `error_data` member when it is an object (contract §7.1). Unknown keys are kept. */
export interface GraphErrorDataObject {
  [key: string]: unknown;
  details?: string | undefined;
  messaging_product?: string | undefined;
}

/**
 * The parsed `error` member of a Graph error response (contract §7.1). Unknown keys are kept; a field of an
 * unexpected type reads as `undefined`.
 */
export interface GraphErrorBody {
  [key: string]: unknown;
  message?: string | undefined;
  type?: string | undefined;
  /** An integer; a numeric string (some proxies re-serialise Graph's integers) is read as its number. */
  code?: number | undefined;
  error_subcode?: number | undefined;
  error_user_title?: string | undefined;
  error_user_msg?: string | undefined;
  /** An object with `details` (and `messaging_product`), or a plain string on some older endpoints. */
  error_data?: string | GraphErrorDataObject | undefined;
  /** Legacy place of `error_data.details` (Meta's older 131051 payloads put it on the error object itself). */
  details?: string | undefined;
  fbtrace_id?: string | undefined;
  is_transient?: boolean | undefined;
}

type Reader = (value: unknown) => unknown;
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asString: Reader = (value) => (typeof value === 'string' ? value : undefined);
const asBoolean: Reader = (value) => (typeof value === 'boolean' ? value : undefined);
// Graph sends integers; some proxies re-serialise them as numeric strings (at most 15 digits: always exact).
const asInteger: Reader = (value) =>
  Number.isSafeInteger(value) ? value : typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : undefined;

/** Readers of the declared fields, in zod's shape order. No prototype: `in` and `for…in` see only these keys. */
type Fields = Readonly<Record<string, Reader>>;

/**
 * A copy of `input` with each declared field read by its reader (kept, as `undefined`, when present with a wrong
 * type) and every other key copied unchanged — what zod's `looseObject` returns. `in` and `for…in` on `input`
 * see inherited keys too, as zod's do.
 */
function readLoose(input: Loose, fields: Fields): Loose {
  const result: Loose = {};
  for (const key in fields) if (key in input) result[key] = fields[key]!(input[key]);
  for (const key in input) {
    // An own `__proto__` assigned to `result` would replace its prototype: zod leaves it out too.
    if (!(key in fields) && key !== '__proto__') result[key] = input[key];
  }
  return result;
}

const DATA_FIELDS: Fields = { __proto__: null, details: asString, messaging_product: asString } as unknown as Fields;

const BODY_FIELDS: Fields = {
  __proto__: null,
  message: asString,
  type: asString,
  code: asInteger,
  error_subcode: asInteger,
  error_user_title: asString,
  error_user_msg: asString,
  error_data: (value: unknown) => (typeof value === 'string' ? value : isObject(value) ? readLoose(value, DATA_FIELDS) : undefined),
  details: asString,
  fbtrace_id: asString,
  is_transient: asBoolean,
} as unknown as Fields;

/**
 * Reads Meta's error from a response body, or `undefined` when the body is not an envelope (no `error` object
 * with a `code` or a `message`). Never throws.
 *
 * @example
 * parseGraphError({ error: { code: 100, message: '(#100) Invalid parameter' } })?.code; // 100
 */
export function parseGraphError(body: unknown): GraphErrorBody | undefined {
  const member = isObject(body) ? body['error'] : undefined;
  if (!isObject(member)) return undefined;
  const error = readLoose(member, BODY_FIELDS) as GraphErrorBody;
  return error.code !== undefined || error.message !== undefined ? error : undefined;
}

/**
 * `error_data.details`, whichever of the two shapes Meta used, else a top-level `details` (older payloads, e.g.
 * 131051 `{ code, title, details }`).
 */
export function errorDetails(error: GraphErrorBody): string | undefined {
  const data = error.error_data;
  return (typeof data === 'string' ? data : data?.details) ?? error.details;
}
