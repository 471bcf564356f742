import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { WabaId } from '../../schemas/ids.js';
import { looseObject, optionalString } from '../../schemas/shape.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess, type CamsWabaInfo } from './schemas.js';
import { CamsWaba } from './waba.js';

/** The extra permissions CAMS documents for Embedded Signup (contract §4.1, [META-2407]). */
export const EmbeddedSignupPermission = z.enum(['whatsapp_business_messaging', 'ads_management', 'catalog_management'], 'permission must be whatsapp_business_messaging, ads_management or catalog_management');
export type EmbeddedSignupPermission = z.infer<typeof EmbeddedSignupPermission>;

/** Params of `embeddedSignup.appId`. */
export const CamsAppIdParams = z.strictObject({ permission: z.optional(EmbeddedSignupPermission) });
/** Params of `embeddedSignup.exchangeCode`: the `FB.login` code (valid 30 s at Meta) and extra permissions. */
export const CamsExchangeCodeParams = z.strictObject({
  code: z.string('code must be a string').check(z.regex(/^[\x21-\x7e]{1,2048}$/, 'code must be the Embedded Signup code: 1 to 2048 visible ASCII characters')),
  permissions: z.optional(z.array(z.enum(['ads_management', 'catalog_management'], 'permissions may list ads_management and catalog_management'))),
});
export type CamsExchangeCodeParams = z.infer<typeof CamsExchangeCodeParams>;
/** Params naming a WABA. */
export const CamsWabaParams = z.strictObject({ waba_id: WabaId });
export type CamsWabaParams = z.infer<typeof CamsWabaParams>;

const appIdOp = defineOperation({ name: 'EmbeddedSignup.appId', retry: 'safe', params: CamsAppIdParams });
// The code is single-use at Meta: a second exchange fails, so it is never retried.
const exchangeOp = defineOperation({ name: 'EmbeddedSignup.exchangeCode', retry: 'never', params: CamsExchangeCodeParams });
// Binding creates or returns the channel for the WABA; a lost answer is reconciled by reading, not by re-sending.
const bindOp = defineOperation({ name: 'EmbeddedSignup.bindWaba', retry: 'never', params: CamsWabaParams });
const businessOp = defineOperation({ name: 'EmbeddedSignup.businessInfo', retry: 'safe', params: CamsWabaParams });

const AppIdPayload = looseObject({ AppId: optionalString(), ConfigId: optionalString() });
const BindPayload = z.optional(looseObject({ CustSpaceId: optionalString(), WabaId: optionalString() }));
const BusinessPayload = z.optional(looseObject({ BusinessId: optionalString(), BusinessName: optionalString(), VerificationStatus: optionalString(), Vertical: optionalString() }));

/** What the browser needs for `FB.login`: Meta's app id and the Embedded Signup configuration id. */
export interface CamsEmbeddedSignupApp {
  readonly app_id?: string | undefined;
  readonly config_id?: string | undefined;
}

/** The business portfolio behind a WABA. */
export interface CamsBusinessInfo {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  /** Meta's business verification status, e.g. `verified`. */
  readonly verification_status?: string | undefined;
  /** Industry (deprecated in CAMS's model). */
  readonly vertical?: string | undefined;
}

const compact = <T extends Record<string, unknown>>(value: T): T => {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
};

/**
 * The server side of Embedded Signup on CAMS: `client.embeddedSignup` — get the app and config ids for `FB.login`,
 * hand the code to CAMS, bind the shared WABA (which gives you its channel id), read the binding and the business.
 *
 * @example
 * const { app_id, config_id } = await client.embeddedSignup.appId();   // → the browser runs FB.login
 * await client.embeddedSignup.exchangeCode({ code });                  // within Meta's 30 s
 * const { cust_space_id } = await client.embeddedSignup.bindWaba({ waba_id: '102290129340398' });
 * const channel = client.withOptions({ custSpaceId: cust_space_id });
 */
export class CamsEmbeddedSignup extends CamsResource {
  /** @internal */
  constructor(client: CamsRequester) {
    super(client);
  }

  /**
   * Meta's app id and Embedded Signup config id to open `FB.login` with (`IsvGetAppId`, `Type=whatsapp`). Safe.
   * @example
   * const { app_id, config_id } = await client.embeddedSignup.appId();
   */
  appId(params: { readonly permission?: EmbeddedSignupPermission } = {}, options?: CamsRequestOptions): Promise<CamsEmbeddedSignupApp> {
    return this._client.request(
      camsSpec(appIdOp, params, {
        action: 'IsvGetAppId',
        custSpaceId: 'none',
        // `whatsapp` lower case: the current enum; the 2024 text's `WHATSAPP` is older (contract §7 #3).
        toWire: (p) => ({ Type: 'whatsapp', Permissions: p.permission }),
        unwrap: (body) => body,
        response: AppIdPayload,
        result: (data) => compact({ app_id: data.AppId, config_id: data.ConfigId }),
      }),
      options,
    );
  }

  /**
   * Hands the Embedded Signup code to CAMS (`GetPermissionByCode`). The code travels only in the signed form body
   * and is redacted from logs and errors. Never retried (the code works once, for 30 s).
   * @throws {ValidationError} for a malformed code or permission (nothing sent) · `APIError` · `OutcomeUnknownError`.
   * @example
   * await client.embeddedSignup.exchangeCode({ code, permissions: ['catalog_management'] });
   */
  exchangeCode(params: CamsExchangeCodeParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(exchangeOp, params, {
        action: 'GetPermissionByCode',
        custSpaceId: 'optional',
        toWire: (p) => ({ Code: p.code, Permissions: p.permissions }),
        formParams: ['Code'],
        response: NoPayload,
        result: () => ({ success: true }),
        reconcileHint: 'The code is single-use: check client.embeddedSignup.boundWaba() or run Embedded Signup again for a new code.',
      }),
      options,
    );
  }

  /**
   * Binds a WABA shared through Embedded Signup to your account (`ChatappBindWaba`); the answer names its channel
   * (`cust_space_id`) — use it as `custSpaceId`. Never retried.
   * @throws {ValidationError} for a malformed WABA id (nothing sent) · `APIError` · `OutcomeUnknownError`.
   * @example
   * const { cust_space_id } = await client.embeddedSignup.bindWaba({ waba_id: '102290129340398' });
   */
  bindWaba(params: CamsWabaParams, options?: CamsRequestOptions): Promise<{ readonly cust_space_id?: string | undefined; readonly waba_id?: string | undefined }> {
    return this._client.request(
      camsSpec(bindOp, params, {
        action: 'ChatappBindWaba',
        custSpaceId: 'none',
        toWire: (p) => ({ WabaId: p.waba_id }),
        response: BindPayload,
        result: (data) => compact({ cust_space_id: data?.CustSpaceId, waba_id: data?.WabaId }),
        reconcileHint: 'Read client.withOptions({ custSpaceId }).embeddedSignup.boundWaba() (QueryChatappBindWaba) before binding again.',
      }),
      options,
    );
  }

  /**
   * The WABA bound to the channel (`QueryChatappBindWaba`) — the same read as `client.waba().retrieve()`. Safe.
   * @example
   * const { id } = await client.embeddedSignup.boundWaba();
   */
  boundWaba(options?: CamsRequestOptions): Promise<CamsWabaInfo> {
    return new CamsWaba(this._client).retrieve(options);
  }

  /**
   * The business portfolio behind a WABA and its verification status (`QueryWabaBusinessInfo`). Safe.
   * @example
   * const { verification_status } = await client.embeddedSignup.businessInfo({ waba_id: '102290129340398' });
   */
  businessInfo(params: CamsWabaParams, options?: CamsRequestOptions): Promise<CamsBusinessInfo> {
    return this._client.request(
      camsSpec(businessOp, params, {
        action: 'QueryWabaBusinessInfo',
        toWire: (p) => ({ WabaId: p.waba_id }),
        response: BusinessPayload,
        result: (data) => compact({ id: data?.BusinessId, name: data?.BusinessName, verification_status: data?.VerificationStatus, vertical: data?.Vertical }),
      }),
      options,
    );
  }
}
