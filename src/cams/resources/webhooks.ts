import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { webUrl } from '../../resources/phone-number/text-rules.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { findEntry, toWebhookInfo, type CamsWebhookInfo } from './number-settings.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './schemas.js';
import { CamsNumberSettingsList } from './settings-payloads.js';

const callbackUrl = (label: string) => webUrl(label, 1024);
const flag = (label: string) => z.optional(z.boolean(`${label} must be a boolean`));
const atLeastOne = z.refine((p: unknown) => Object.values(p as Record<string, unknown>).some((v) => v !== undefined), 'update needs at least one field to change');

/**
 * Params of `phone.webhook.update()` (`UpdatePhoneWebhook`, contract §4.4): where CAMS delivers this number's
 * status reports (ChatAppStatus) and inbound messages (ChatAppInbound), and how — by HTTP callback (`http`),
 * to an Alibaba MNS queue (`queue`), or both. Send only what you change (at least one).
 */
export const CamsPhoneWebhookParams = z
  .strictObject({
    status_callback_url: z.optional(callbackUrl('status_callback_url')),
    inbound_callback_url: z.optional(callbackUrl('inbound_callback_url')),
    http: flag('http'),
    queue: flag('queue'),
  })
  .check(atLeastOne);
export type CamsPhoneWebhookParams = z.infer<typeof CamsPhoneWebhookParams>;

/** Params of `client.accountWebhook.update()` (`UpdateAccountWebhook`, §4.4): the channel-wide status callback. */
export const CamsAccountWebhookParams = z
  .strictObject({ status_callback_url: z.optional(callbackUrl('status_callback_url')), http: flag('http'), queue: flag('queue') })
  .check(atLeastOne);
export type CamsAccountWebhookParams = z.infer<typeof CamsAccountWebhookParams>;

const readWebhook = defineOperation({ name: 'PhoneWebhook.retrieve', retry: 'safe', params: z.strictObject({}) });
const updatePhoneWebhook = defineOperation({ name: 'PhoneWebhook.update', retry: 'safe', params: CamsPhoneWebhookParams });
const updateAccountWebhook = defineOperation({ name: 'AccountWebhook.update', retry: 'safe', params: CamsAccountWebhookParams });

const yn = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Y' : 'N');

// A callback URL often carries a secret path segment (CAMS signs nothing it pushes, so that is how receivers tell
// real pushes apart): it goes in the signed form body, never in the request URL or an access log — the placement
// the SDK uses for every secret (contract §1.2 allows either; cams-spec.ts `formParams`).
const CALLBACK_URLS = ['StatusCallbackUrl', 'UpCallbackUrl'] as const;

/**
 * A number's callback routing on CAMS: `client.phoneNumber('+65 8123 4567').webhook`. CAMS pushes its own
 * payloads (parse them with `parseCamsCallback` from `wabakit/cams`), per number or per channel, by HTTP or MNS
 * queue. Graph's nearest is `phone.updateWebhookOverride()` (one URL for Meta's payloads, with a verify token);
 * CAMS has no verify token and documents no signature on its callbacks.
 *
 * @example
 * await client.phoneNumber('+65 8123 4567').webhook.update({
 *   status_callback_url: 'https://hooks.luckyshrub.com/cams/status',
 *   inbound_callback_url: 'https://hooks.luckyshrub.com/cams/inbound',
 *   http: true,
 * });
 */
export class CamsPhoneWebhook extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads where this number's callbacks go, from the number list (`QueryChatappPhoneNumbers`: `StatusCallbackUrl`,
   * `UpCallbackUrl`, `StatusQueue`, `UpQueue`); empty values are left out. Safe.
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { status_callback_url, inbound_queue } = await phone.webhook.retrieve();
   */
  retrieve(options?: CamsRequestOptions): Promise<CamsWebhookInfo> {
    return this._client.request(
      camsSpec(readWebhook, {}, {
        action: 'QueryChatappPhoneNumbers',
        custSpaceId: 'optional',
        toWire: () => ({}),
        unwrap: (body) => body['PhoneNumbers'],
        response: CamsNumberSettingsList,
        result: (list) => toWebhookInfo(findEntry(list, this.#digits)),
      }),
      options,
    );
  }

  /**
   * Sets the number's callback URLs and delivery switches (`UpdatePhoneWebhook`; `http`/`queue` sent as CAMS's
   * `HttpFlag`/`QueueFlag` `Y`/`N`). Only what you pass changes. The URLs travel in the signed form body, never in
   * the request URL (they may hold a secret path). Safe: an idempotent set.
   *
   * @throws {ValidationError} for a URL that is not an absolute `http(s)` URL of ≤ 1,024 characters, a flag that
   *   is not a boolean, or an empty update (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * await phone.webhook.update({ queue: true, http: false });
   */
  update(params: CamsPhoneWebhookParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(updatePhoneWebhook, params, {
        action: 'UpdatePhoneWebhook',
        toWire: (p) => ({
          PhoneNumber: this.#digits,
          StatusCallbackUrl: p.status_callback_url,
          UpCallbackUrl: p.inbound_callback_url,
          HttpFlag: yn(p.http),
          QueueFlag: yn(p.queue),
        }),
        formParams: CALLBACK_URLS,
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}

/**
 * The channel's account-level status callback on CAMS: `client.accountWebhook`. Graph's nearest is the WABA's
 * `subscribedApps` override (`override_callback_uri`).
 *
 * @example
 * await client.accountWebhook.update({ status_callback_url: 'https://hooks.luckyshrub.com/cams/status', http: true });
 */
export class CamsAccountWebhook extends CamsResource {
  /**
   * Sets the channel's status callback URL and delivery switches (`UpdateAccountWebhook`). Only what you pass
   * changes. Safe: an idempotent set.
   *
   * @throws {ValidationError} for a bad URL or flag, or an empty update (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * await client.accountWebhook.update({ queue: true });
   */
  update(params: CamsAccountWebhookParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(updateAccountWebhook, params, {
        action: 'UpdateAccountWebhook',
        toWire: (p) => ({ StatusCallbackUrl: p.status_callback_url, HttpFlag: yn(p.http), QueueFlag: yn(p.queue) }),
        formParams: CALLBACK_URLS,
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}
