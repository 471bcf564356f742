import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import type { OpenEnum } from '../../schemas/graph.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { CamsDeleted, CamsUsername, CamsUsernameSuggestions, compact, toBoolean } from './settings-payloads.js';

/**
 * Params of `phone.username.update()` (`UpdateWhatsappUserName`, contract §4.9): the username (1–64 characters,
 * no whitespace; CAMS documents no format, Meta checks the rest) and `transfer_action`: `none` (default: fail with
 * Meta's 147005 if another number of the portfolio holds it) or `force_transfer` (move it here).
 */
export const CamsUsernameParams = z.strictObject({
  username: z
    .string('username must be a string')
    .check(z.minLength(1, 'username must not be empty'), z.maxLength(64, 'username must be at most 64 characters long'), z.regex(/^\S+$/u, 'username must not contain whitespace')),
  transfer_action: z.optional(z.enum(['none', 'force_transfer'], 'transfer_action must be "none" or "force_transfer"')),
});
export type CamsUsernameParams = z.infer<typeof CamsUsernameParams>;

/** A business username and its state (`approved` or `reserved`, open). */
export interface CamsUsernameInfo {
  readonly username?: string | undefined;
  readonly status?: OpenEnum<'approved' | 'reserved'> | undefined;
}

const NONE = z.strictObject({});
const readName = defineOperation({ name: 'Username.retrieve', retry: 'safe', params: NONE });
const setName = defineOperation({ name: 'Username.update', retry: 'safe', params: CamsUsernameParams });
const deleteName = defineOperation({ name: 'Username.delete', retry: 'safe', params: NONE });
const suggest = defineOperation({ name: 'Username.suggestions', retry: 'safe', params: NONE });

/**
 * The business username of a number on CAMS: `client.phoneNumber('+65 8123 4567').username` (contract §4.9;
 * CAMS-only: the Graph client does not wrap Meta's username edges).
 *
 * @example
 * const [first] = await client.phoneNumber('+65 8123 4567').username.suggestions();
 * if (first) await client.phoneNumber('+65 8123 4567').username.update({ username: first });
 */
export class CamsUsernameResource extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads the username and its state (`GetWhatsappUserName`). `{}` when none is set. Safe.
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { username, status } = await phone.username.retrieve();
   */
  retrieve(options?: CamsRequestOptions): Promise<CamsUsernameInfo> {
    return this._client.request(
      camsSpec(readName, {}, {
        action: 'GetWhatsappUserName',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsUsername,
        result: (data) => compact({ username: data?.Username, status: data?.Status }),
      }),
      options,
    );
  }

  /**
   * Sets (or, with `transfer_action: 'force_transfer'`, takes over) the username (`UpdateWhatsappUserName`).
   * Safe: setting the same name twice leaves the same state.
   *
   * @throws {ValidationError} for an empty or over-long name, whitespace or an unknown transfer action (nothing sent).
   * @throws {APIError} mapped CAMS errors (Meta's 147005 when another number holds the name).
   * @example
   * const { status } = await phone.username.update({ username: 'luckyshrub' });
   */
  update(params: CamsUsernameParams, options?: CamsRequestOptions): Promise<CamsUsernameInfo> {
    return this._client.request(
      camsSpec(setName, params, {
        action: 'UpdateWhatsappUserName',
        toWire: (p) => ({ PhoneNumber: this.#digits, Username: p.username, TransferAction: p.transfer_action }),
        response: CamsUsername,
        result: (data) => compact({ username: params.username, status: data?.Status }),
      }),
      options,
    );
  }

  /**
   * Removes the username (`DeleteWhatsappUserName`); `deleted` is CAMS's `Data`. Safe: idempotent in effect.
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * await phone.username.delete();
   */
  delete(options?: CamsRequestOptions): Promise<{ readonly success: true; readonly deleted?: boolean | undefined }> {
    return this._client.request(
      camsSpec(deleteName, {}, {
        action: 'DeleteWhatsappUserName',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsDeleted,
        result: (data) => compact({ success: true as const, deleted: toBoolean(data) }),
      }),
      options,
    );
  }

  /**
   * Lists usernames Meta suggests for the number (`GetWhatsappUserNameSuggestions`). Safe.
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const names = await phone.username.suggestions();
   */
  suggestions(options?: CamsRequestOptions): Promise<string[]> {
    return this._client.request(
      camsSpec(suggest, {}, {
        action: 'GetWhatsappUserNameSuggestions',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsUsernameSuggestions,
        result: (names) => names ?? [],
      }),
      options,
    );
  }
}
