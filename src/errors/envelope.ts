import * as z from 'zod/mini';

/**
 * The schema's value, or `undefined` when the value does not match it: a field of an unexpected type must not hide
 * the rest of Meta's error (contract §7.1; style.md §6.8 "response schemas are tolerant").
 *
 * Why not `z.catch(schema, undefined)`, which does the same: zod/mini's `catch` reads a helper through zod's `util`
 * namespace, and that makes a bundler keep the whole namespace (10 kB minified) in every handler — this module is
 * on every call's error path (issue #12).
 */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((value): z.output<T> | undefined => {
        const result = schema.safeParse(value);
        return result.success ? result.data : undefined;
      }),
    ),
  );
}

const str = lenient(z.string());
const bool = lenient(z.boolean());
// Graph sends integers; some proxies re-serialise them as numeric strings.
const int = lenient(
  z.union([
    z.int(),
    z.pipe(
      z.string().check(z.regex(/^-?\d{1,15}$/)),
      z.transform((value: string) => Number(value)),
    ),
  ]),
);

/**
 * The `error_data` member: an object with `details` (and `messaging_product`), or a plain string on some older
 * endpoints (contract §7.1).
 */
export const GraphErrorData = lenient(z.union([z.string(), z.looseObject({ details: str, messaging_product: str })]));

/**
 * The `error` member of a Graph error response (contract §7.1). Tolerant: unknown keys are kept, wrongly typed
 * fields read as absent.
 *
 * @example
 * const parsed = GraphErrorBody.safeParse(json.error);
 */
export const GraphErrorBody = z.looseObject({
  message: str,
  type: str,
  code: int,
  error_subcode: int,
  error_user_title: str,
  error_user_msg: str,
  error_data: GraphErrorData,
  /** Legacy place of `error_data.details` (Meta's older 131051 payloads put it on the error object itself). */
  details: str,
  fbtrace_id: str,
  is_transient: bool,
});

/** The parsed `error` member of a Graph error response. */
export type GraphErrorBody = z.infer<typeof GraphErrorBody>;

/**
 * Meta's error envelope `{ "error": { message, type, code, error_subcode, error_user_title, error_user_msg,
 * error_data, fbtrace_id, is_transient } }` (contract §7.1).
 *
 * @example
 * const result = GraphErrorEnvelope.safeParse(await response.json());
 * if (result.success) console.log(result.data.error.code);
 */
export const GraphErrorEnvelope = z.looseObject({ error: GraphErrorBody });

/** A parsed Graph error envelope. */
export type GraphErrorEnvelope = z.infer<typeof GraphErrorEnvelope>;

/**
 * Reads Meta's error from a response body, or `undefined` when the body is not an envelope (no `error` object
 * with a `code` or a `message`). Never throws.
 *
 * @example
 * parseGraphError({ error: { code: 100, message: '(#100) Invalid parameter' } })?.code; // 100
 */
export function parseGraphError(body: unknown): GraphErrorBody | undefined {
  const result = GraphErrorEnvelope.safeParse(body);
  if (!result.success) return undefined;
  const error = result.data.error;
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
