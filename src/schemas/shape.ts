import * as z from 'zod/mini';
import { OWN_VERDICT, type OwnVerdict } from '../internal/as-is-verdict.js';

// Building blocks of the tolerant response schemas. Not re-exported from the barrel: they are implementation
// details. zod/mini loads no locale, so without these messages every type error would read "Invalid input".

/** A loose object (unknown keys kept) whose type error says what was expected. */
export const looseObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.looseObject(shape, 'must be an object');

/** An optional string field. */
export const optionalString = () => z.optional(z.string('must be a string'));

/** An optional boolean field. */
export const optionalBoolean = () => z.optional(z.boolean('must be a boolean'));

/** An optional array field. */
export const optionalArray = <Item extends z.ZodMiniType>(item: Item) => z.optional(z.array(item, 'must be an array'));

/** How a {@link leaf} validates, tells accepts-as-is its verdict, and describes itself to `z.toJSONSchema`. */
export interface LeafRules {
  /** Validates — and may normalise (`payload.value = …`) — the value, raising zod's own issue on failure. */
  readonly check: (payload: z.core.ParsePayload) => void;
  /** What `check` makes of a JSON value: kept as is, rejected, or changed (then zod runs). Must agree with it. */
  readonly asIs: OwnVerdict;
  /** What `z.toJSONSchema` emits for it (a custom schema is otherwise unrepresentable). */
  readonly toJSONSchema?: () => Record<string, unknown>;
}

/**
 * A schema of zod's `custom` kind that validates by hand, raising the very issue the plainer zod composition
 * (union, literal, pipe, nullable…) would. Why: every zod kind a handler reaches costs 0.2–1 kB gzip (issue #12),
 * and `custom` is already there for every `z.refine`. Its verdict for accepts-as-is is stated beside the check
 * (soundness property-tested over every exported schema): an island would run zod for every field of every item.
 */
/* @__NO_SIDE_EFFECTS__ */
export function leaf<Out, In = Out>(rules: LeafRules): z.ZodMiniCustom<Out, In> {
  const schema = z.custom<Out, In>().check(rules.check as z.core.CheckFn<Out>);
  // `.check()` records the bare `z.custom()` as its parent, which has nothing to pass on; zod's JSON Schema walk
  // does not visit the parent of a schema that has a `toJSONSchema` override, then fails on it.
  delete schema._zod.parent;
  if (rules.toJSONSchema) schema._zod.toJSONSchema = rules.toJSONSchema;
  Object.defineProperty(schema, OWN_VERDICT, { value: rules.asIs });
  return schema;
}

/** A finalised `invalid_type` issue, as a `z.string(message)` (or `z.boolean`…) schema raises it. */
export const typeIssue = (expected: string, message: string) => ({ expected, code: 'invalid_type', path: [] as PropertyKey[], message });

/** A finalised `invalid_value` issue of a `z.enum` or `z.literal` without a message of its own ("Invalid input"). */
export const valueIssue = (values: readonly unknown[]) => ({ code: 'invalid_value', values: [...values], path: [] as PropertyKey[], message: 'Invalid input' });

/**
 * zod's issue for a union whose options all failed: `errors` holds each option's finalised issues (zod/mini loads
 * no locale: an option without a message of its own reads zod's default, "Invalid input").
 */
export const unionIssue = (errors: readonly (readonly object[])[], message: string) => ({
  code: 'invalid_union',
  errors,
  path: [] as PropertyKey[],
  message,
});

/** Raises `issue` (one of the above) for the value being checked; zod drops `input` from the finalised issue. */
export function raise(payload: z.core.ParsePayload, issue: object): void {
  payload.issues.push({ ...issue, input: payload.value } as unknown as z.core.$ZodRawIssue);
}
