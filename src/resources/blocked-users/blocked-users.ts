import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { path } from '../../internal/path.js';
import { APIResource } from '../resource.js';
import { partialFailureError, withFailedUsers } from './failures.js';
import {
  BlockedUserPage,
  BlockedUsersListParams,
  BlockUsersParams,
  BlockUsersResponse,
  type BlockedUserInfo,
  type BlockUsersResult,
  type UnblockUsersResult,
} from './schemas.js';

/** Per-call options of `block` and `unblock`. */
export interface BlockUsersOptions extends RequestOptions {
  /**
   * Throw a `BlockUsersError` (code 139100, `failedUsers` filled) when Meta reports some users as failed,
   * instead of returning them in `failed_users`.
   * @default false
   */
  readonly throwOnPartialFailure?: boolean;
}

/**
 * The number's block list: `client.phoneNumber(id).blockedUsers`. Blocked users cannot message the business
 * and the business cannot message them (sends fail with 130403).
 *
 * Limits ([D-BLK]): only users who messaged the number in the last 24 hours can be blocked; at most 1,000 users
 * per call and 64,000 in the list. Results are per user: some can succeed while others fail.
 *
 * Retry class `safe`: blocking a blocked user (or unblocking an unblocked one) changes nothing, so a retry after
 * a lost answer cannot do harm — at worst it reports a user as failed that the first attempt handled.
 *
 * @example
 * const { added_users, failed_users } = await client.phoneNumber('106540352242922').blockedUsers.block(['+16505551234']);
 * for (const user of failed_users) console.warn(user.input, user.errors?.[0]?.code);
 */
export class BlockedUsers extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Blocks up to 1,000 users by phone number or WhatsApp id.
   *
   * Users Meta could not block come back in `failed_users` with Meta's errors (e.g. 131047: they have not
   * messaged you in 24 hours; 131021: your own number) — or, with `throwOnPartialFailure`, as a
   * `BlockUsersError` whose `failedUsers` carry typed errors. When Meta fails the call as a whole it answers
   * with an error (139100, 139101 list full, 130429 too many) and you get that error.
   *
   * @throws {ValidationError} for no users, more than 1,000, repeats or blank entries (nothing sent).
   * @throws {BlockUsersError} 139100–139103, or some users failed with `throwOnPartialFailure` ·
   *   {@link RateLimitError} 130429.
   * @example
   * const result = await phone.blockedUsers.block(['+16505551234', '16505550000'], { throwOnPartialFailure: true });
   */
  async block(users: readonly string[], options: BlockUsersOptions = {}): Promise<BlockUsersResult> {
    const body = await this.#send('block', users, options);
    return { added_users: body.block_users?.added_users ?? [], failed_users: body.block_users?.failed_users ?? [] };
  }

  /**
   * Unblocks up to 1,000 users (no 24-hour rule applies). Same per-user reporting as {@link BlockedUsers.block}.
   *
   * @throws {ValidationError} for no users, more than 1,000, repeats or blank entries (nothing sent).
   * @throws {BlockUsersError} 139100–139103, or some users failed with `throwOnPartialFailure`.
   * @example
   * const { removed_users } = await phone.blockedUsers.unblock(['+16505551234']);
   */
  async unblock(users: readonly string[], options: BlockUsersOptions = {}): Promise<UnblockUsersResult> {
    const body = await this.#send('unblock', users, options);
    return { removed_users: body.block_users?.removed_users ?? [], failed_users: body.block_users?.failed_users ?? [] };
  }

  /**
   * Lists blocked users: `await` for the first page, `for await` for every user.
   *
   * Safe: retried on transient failures. If the list changes while you page through it, Meta answers 139102
   * (`BlockUsersError`); start the listing again.
   *
   * @throws {ValidationError} for a limit outside 1–1000 (nothing sent).
   * @example
   * for await (const user of phone.blockedUsers.list({ limit: 100 })) console.log(user.wa_id ?? user.user_id);
   */
  list(params: BlockedUsersListParams = {}, options?: RequestOptions): PagePromise<BlockedUserInfo> {
    return new PagePromise((after) =>
      this._client.request(
        {
          operation: 'BlockedUsers.list',
          method: 'GET',
          path: path`${this.#phoneNumberId}/block_users`,
          retry: 'safe',
          params: {
            schema: BlockedUsersListParams,
            value: after === undefined ? params : { ...params, after, before: undefined },
            in: 'query',
          },
          response: BlockedUserPage,
          objectIds: [this.#phoneNumberId],
        },
        options,
      ),
    );
  }

  async #send(action: 'block' | 'unblock', users: readonly string[], options: BlockUsersOptions): Promise<BlockUsersResponse> {
    const { throwOnPartialFailure = false, ...requestOptions } = options;
    const body = await this._client.request(
      {
        operation: action === 'block' ? 'BlockedUsers.block' : 'BlockedUsers.unblock',
        // Meta documents unblock as DELETE with a JSON body ([D-BLK]).
        method: action === 'block' ? 'POST' : 'DELETE',
        path: path`${this.#phoneNumberId}/block_users`,
        retry: 'safe',
        params: {
          schema: BlockUsersParams,
          value: { users },
          in: 'body',
          toWire: (params) => ({ block_users: params.users.map((user) => ({ user })) }),
        },
        fixed: { messaging_product: 'whatsapp' },
        response: BlockUsersResponse,
        objectIds: [this.#phoneNumberId],
        mapError: withFailedUsers,
      },
      requestOptions,
    );
    const failed = body.block_users?.failed_users ?? [];
    if (throwOnPartialFailure && failed.length > 0) throw partialFailureError(action, users.length, failed);
    return body;
  }
}
