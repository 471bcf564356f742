import * as z from 'zod/mini';
import { unicodeRegex } from '../../internal/unicode-regex.js';
import { paged } from '../../schemas/graph.js';
import { looseObject, optionalArray, optionalString } from '../../schemas/shape.js';

/** Most users one block or unblock call accepts ([D-BLK], contract §3.9). */
export const MAX_USERS_PER_CALL = 1_000;

/**
 * A user to block or unblock: a phone number (`+16505551234`) or a WhatsApp id (`16505551234`).
 *
 * Kept loose on purpose (1–128 characters, no controls): Graph reports a user it cannot resolve per user in
 * `failed_users` (131047) instead of failing the whole call, and the accepted id forms may grow.
 */
// Built on first use (internal/unicode-regex.ts: a `\p{…}` literal costs start-up time in every bundle holding it).
const hasControl = /* @__PURE__ */ unicodeRegex('[\\p{Cc}\\p{Zl}\\p{Zp}]');
export const BlockedUserInput = z.string('each user must be a string').check(
  z.refine((value) => value.trim().length > 0, 'each user must be a phone number or WhatsApp id, not blank'),
  z.maxLength(128, 'each user must be at most 128 characters long'),
  z.refine((value) => !hasControl(value), 'users must not contain control characters or line breaks'),
);

/** Params of `phone.blockedUsers.block` / `unblock`: 1–1,000 distinct users. */
export const BlockUsersParams = z.strictObject({
  users: z.array(BlockedUserInput, 'users must be an array of phone numbers or WhatsApp ids').check(
    z.minLength(1, 'users must list at least one user'),
    z.maxLength(MAX_USERS_PER_CALL, `users allows at most ${MAX_USERS_PER_CALL} per call; split the list`),
    z.refine((users) => new Set(users).size === users.length, 'users must not repeat'),
  ),
});
export type BlockUsersParams = z.infer<typeof BlockUsersParams>;

/** Params of `phone.blockedUsers.list`: page size and cursors. */
export const BlockedUsersListParams = z.strictObject({
  limit: z.optional(z.int('limit must be an integer').check(z.minimum(1, 'limit must be 1–1000'), z.maximum(1_000, 'limit must be 1–1000'))),
  after: z.optional(z.string().check(z.minLength(1))),
  before: z.optional(z.string().check(z.minLength(1))),
});
export type BlockedUsersListParams = z.infer<typeof BlockedUsersListParams>;

/**
 * A user whose block (or unblock) was applied: `input` as sent, and the user's id — `wa_id` when you named them by
 * phone number, `user_id` (business-scoped user id, BSUID) when you named them by BSUID. Either may be absent.
 */
export const BlockedUserEntry = looseObject({
  input: optionalString(),
  wa_id: optionalString(),
  /** Business-scoped user id (`US.13491208655302741918`). */
  user_id: optionalString(),
  /** Parent BSUID, when parent BSUIDs are enabled. */
  parent_user_id: optionalString(),
});
export type BlockedUserEntry = z.infer<typeof BlockedUserEntry>;

/** One of Meta's errors for a user in `failed_users`: `{ message, code, error_data: { details } }`. */
export const BlockUserErrorObject = looseObject({
  message: optionalString(),
  /** Older payloads put the details here rather than in `error_data`. */
  details: optionalString(),
  // Meta's reference shows the code as an integer, its template as a string ("<CODE>"): accept both.
  code: z.optional(z.union([z.number(), z.string()], 'must be a number or a string')),
  title: optionalString(),
  error_data: z.optional(z.union([looseObject({ details: optionalString() }), z.string()], 'must be an object or a string')),
});
export type BlockUserErrorObject = z.infer<typeof BlockUserErrorObject>;

/** A user the call could not block or unblock, with Meta's reasons. */
export const FailedBlockUser = looseObject({
  input: optionalString(),
  wa_id: optionalString(),
  user_id: optionalString(),
  errors: optionalArray(BlockUserErrorObject),
});
export type FailedBlockUser = z.infer<typeof FailedBlockUser>;

/** The answer of `POST|DELETE /{PHONE_NUMBER_ID}/block_users` (200, possibly with `failed_users`). */
export const BlockUsersResponse = looseObject({
  messaging_product: optionalString(),
  block_users: looseObject({
    added_users: optionalArray(BlockedUserEntry),
    removed_users: optionalArray(BlockedUserEntry),
    failed_users: optionalArray(FailedBlockUser),
  }),
});
export type BlockUsersResponse = z.infer<typeof BlockUsersResponse>;

/** What `block` returns: who was blocked and who was not (never omitted: `[]` when none). */
export interface BlockUsersResult {
  readonly added_users: readonly BlockedUserEntry[];
  readonly failed_users: readonly FailedBlockUser[];
}

/** What `unblock` returns: who was unblocked and who was not (never omitted: `[]` when none). */
export interface UnblockUsersResult {
  readonly removed_users: readonly BlockedUserEntry[];
  readonly failed_users: readonly FailedBlockUser[];
}

/**
 * A blocked user as listed by `GET /{PHONE_NUMBER_ID}/block_users`: `wa_id` (phone number) for users blocked by
 * number, `user_id` (business-scoped user id) for users known only by BSUID — a customer with a WhatsApp
 * username may have no `wa_id` at all. At least one of them is normally present; neither is required, so one odd
 * item never fails the whole page.
 *
 * @example
 * for await (const user of phone.blockedUsers.list()) console.log(user.wa_id ?? user.user_id);
 */
export const BlockedUserInfo = looseObject({
  messaging_product: optionalString(),
  wa_id: optionalString(),
  /** Business-scoped user id, e.g. `US.13491208655302741918`. */
  user_id: optionalString(),
  /** Parent BSUID, when parent BSUIDs are enabled. */
  parent_user_id: optionalString(),
});
export type BlockedUserInfo = z.infer<typeof BlockedUserInfo>;

/** A page of blocked users. */
export const BlockedUserPage = paged(BlockedUserInfo);
