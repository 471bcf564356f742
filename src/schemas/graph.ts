import * as z from 'zod/mini';
import { OK, REJECT, UNSURE } from '../internal/as-is-verdict.js';
import { leaf, looseObject, optionalString, raise, typeIssue, unionIssue, valueIssue } from './shape.js';

// Response shapes shared by every resource (contract §1.2). They are tolerant on purpose: unknown keys are kept
// (`z.looseObject`) and enums are open, so a field or value Meta adds tomorrow never breaks a user's call.
// zod/mini loads no locale, so every schema below names its own message (default would be "Invalid input").

/**
 * A string enum that also accepts values it does not know yet: the known values give autocompletion, and any
 * other string still type-checks.
 *
 * `(string & {})` keeps TypeScript from collapsing the union to plain `string`.
 *
 * @example
 * const status: OpenEnum<'CONNECTED' | 'PENDING'> = 'SOMETHING_NEW'; // compiles
 */
export type OpenEnum<Known extends string> = Known | (string & {});

/**
 * Builds a schema that accepts the known values of an enum **or any other string**, so a value Meta introduces
 * later still parses (contract §3.1: "treat every enum as open").
 *
 * Only non-strings fail. The inferred type is `Known | (string & {})`: editors still suggest the known values.
 *
 * @example
 * const QualityRating = openEnum(['GREEN', 'YELLOW', 'RED']);
 * QualityRating.parse('PURPLE'); // 'PURPLE' — kept, not rejected
 * QualityRating.parse(1);        // throws: must be a string
 */
export function openEnum<const Known extends readonly [string, ...string[]]>(
  values: Known,
): z.ZodMiniType<OpenEnum<Known[number]>, string> {
  const message = 'must be a string';
  // Any string passes, so this is a string check raising what `z.union([z.enum(values), z.string(message)],
  // message)` raised (its issue and `z.toJSONSchema` output unchanged) without the union kind (issue #12). The
  // known values still document the enum there.
  return leaf<OpenEnum<Known[number]>, string>({
    check: (payload) => {
      if (typeof payload.value !== 'string') {
        raise(payload, unionIssue([[valueIssue(values)], [typeIssue('string', message)]], message));
      }
    },
    asIs: (value) => (typeof value === 'string' ? OK : REJECT),
    toJSONSchema: () => ({ anyOf: [{ type: 'string', enum: [...values] }, { type: 'string' }] }),
  });
}

/**
 * `{ "success": true }`, the answer of every Graph mutation (register, request_code, settings…).
 *
 * The legacy string `"true"` (seen in Meta's Postman collection for `register`, contract §1.2) is accepted and
 * normalised to the boolean `true`. `false` or a missing `success` fails: Graph reports failures as errors,
 * so anything else means the call did not do what the SDK assumes.
 *
 * @example
 * SuccessResponse.parse({ success: 'true' }); // { success: true }
 */
export const SuccessResponse = looseObject({
  // What `z.union([z.literal(true), z.pipe(z.literal('true'), z.transform(() => true))], 'must be true')` did, issue
  // included, without the union, literal, pipe and transform kinds (issue #12).
  success: leaf<true, true | 'true'>({
    check: (payload) => {
      if (payload.value === 'true') payload.value = true;
      else if (payload.value !== true) raise(payload, unionIssue([[valueIssue([true])], [valueIssue(['true'])]], 'must be true'));
    },
    // 'true' becomes true: not the input any more, so zod runs.
    asIs: (value) => (value === true ? OK : value === 'true' ? UNSURE : REJECT),
  }),
});
/** `{ success: true }` plus any extra field Meta sends. */
export type SuccessResponse = z.infer<typeof SuccessResponse>;

/**
 * `{ "id": "<id>" }`, the answer of calls that create something (e.g. adding a phone number, contract §2.2).
 *
 * The id is kept as a string: Graph ids exceed `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * const { id } = IdResponse.parse({ id: '106540352242922' });
 */
export const IdResponse = looseObject({
  id: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
});
/** `{ id: string }` plus any extra field Meta sends. */
export type IdResponse = z.infer<typeof IdResponse>;

/**
 * Cursor paging block of a Graph list: `{ cursors?: { before?, after? }, next?, previous? }` (contract §1.2).
 *
 * `next` is absent on the last page; pass `cursors.after` as `after` to read the next one.
 *
 * @example
 * const after = CursorPaging.parse(page.paging).cursors?.after;
 */
export const CursorPaging = looseObject({
  cursors: z.optional(
    looseObject({
      before: optionalString(),
      after: optionalString(),
    }),
  ),
  next: optionalString(),
  previous: optionalString(),
});
/** The `paging` object of a Graph list. */
export type CursorPaging = z.infer<typeof CursorPaging>;

/**
 * Builds the schema of one page of a Graph list: `{ data: Item[], paging?, summary?: { total_count? } }`.
 *
 * `summary.total_count` is only present when `summary=total_count` was requested (contract §2.1).
 *
 * @example
 * const PhoneNumberPage = paged(PhoneNumberInfo);
 * const page = PhoneNumberPage.parse(body); // page.data: PhoneNumberInfo[]
 */
export function paged<Item extends z.ZodMiniType>(item: Item) {
  return looseObject({
    data: z.array(item, 'must be an array'),
    paging: z.optional(CursorPaging),
    summary: z.optional(
      looseObject({
        total_count: z.optional(z.number('must be a number')),
      }),
    ),
  });
}
/**
 * One page of a Graph list whose items match the schema `Item`.
 *
 * @example
 * type PhoneNumberPage = Paged<typeof PhoneNumberInfo>;
 */
export type Paged<Item extends z.ZodMiniType> = z.infer<ReturnType<typeof paged<Item>>>;
