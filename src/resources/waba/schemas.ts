import * as z from 'zod/mini';
import { openEnum } from '../../schemas/graph.js';
import { BusinessMessagingLimit } from '../../schemas/phone-number-enums.js';
import { HealthStatus } from '../../schemas/phone-number-info.js';
import { looseObject, optionalBoolean, optionalString } from '../../schemas/shape.js';
import { fieldList } from '../fields.js';

// The WABA node of contract §4.1. Every enum is open (§1.2, §8): Meta's own sources disagree on the values
// ([OA23] vs [OA25] vs [SDKGEN]), so an unknown value is kept as a string instead of failing the call.

/**
 * `account_review_status` of a WABA: Meta's review of a new account ([OA25]). Numbers can be added only once it is
 * `APPROVED`. Open: other strings are kept.
 *
 * @example
 * if (info.account_review_status !== 'APPROVED') console.log('WABA still under review');
 */
export const AccountReviewStatus = openEnum(['APPROVED', 'DEFERRED', 'PENDING', 'REJECTED']);
/** Meta's review state of a WABA. */
export type AccountReviewStatus = z.infer<typeof AccountReviewStatus>;

/**
 * `business_verification_status` of the WABA's business portfolio. [SDKGEN] spells the values in lower case,
 * [OA25] in upper case; both spellings are listed and any other string is kept.
 *
 * @example
 * const verified = info.business_verification_status?.toLowerCase() === 'verified';
 */
export const BusinessVerificationStatus = openEnum([
  'expired',
  'failed',
  'ineligible',
  'not_verified',
  'pending',
  'pending_need_more_info',
  'pending_submission',
  'rejected',
  'revoked',
  'verified',
  'EXPIRED',
  'FAILED',
  'INELIGIBLE',
  'NOT_VERIFIED',
  'PENDING',
  'PENDING_NEED_MORE_INFO',
  'PENDING_SUBMISSION',
  'REJECTED',
  'REVOKED',
  'VERIFIED',
]);
/** Business verification state of the portfolio that owns the WABA. */
export type BusinessVerificationStatus = z.infer<typeof BusinessVerificationStatus>;

/**
 * `ownership_type` of a WABA: `SELF`, `CLIENT_OWNED` or `ON_BEHALF_OF` ([OA25]; [OA23]'s `SELF_OWNED` /
 * `AGENCY_OWNED` are wrong, contract §8 — still kept, as any other string).
 *
 * @example
 * if (info.ownership_type === 'CLIENT_OWNED') console.log('shared with us by a client');
 */
export const OwnershipType = openEnum(['SELF', 'CLIENT_OWNED', 'ON_BEHALF_OF']);
/** Who owns the WABA relative to the business that reads it. */
export type OwnershipType = z.infer<typeof OwnershipType>;

/**
 * Marketing Messages Lite onboarding status ([D-MM]). On the WABA node it is a string (`ELIGIBLE`,
 * `ONBOARDED`…); on the Business node an object whose `status` is `TERM_OF_SERVICE_SIGNED`, `REQUEST_SENT` or
 * `NOT_STARTED`. Open: other strings are kept.
 *
 * @example
 * const onboarded = (await waba.marketingMessagesOnboardingStatus()) === 'ONBOARDED';
 */
export const MarketingMessagesOnboardingStatus = openEnum([
  'ELIGIBLE',
  'ONBOARDED',
  'TERM_OF_SERVICE_SIGNED',
  'REQUEST_SENT',
  'NOT_STARTED',
]);
/** Marketing Messages Lite onboarding state. */
export type MarketingMessagesOnboardingStatus = z.infer<typeof MarketingMessagesOnboardingStatus>;

const str = optionalString;
const bool = optionalBoolean;
// [SDKGEN] types these as free objects; their shape is undocumented, so they are kept as loose objects.
const object = () => z.optional(looseObject({}));
const idName = () => z.optional(looseObject({ id: str(), name: str() }));

/**
 * The WABA node returned by `GET /{WABA_ID}` and by the Business edges `owned_whatsapp_business_accounts` /
 * `client_whatsapp_business_accounts` (contract §4.1, [SDKGEN] field list).
 *
 * Only `id` is always present; other fields appear when requested with `fields` (Graph's default is `id, name`).
 * Unknown fields are kept; enums are open.
 *
 * @example
 * const info = await client.waba('102290129340398').retrieve({ fields: ['name', 'account_review_status'] });
 */
export const WabaInfo = looseObject({
  id: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
  name: str(),
  timezone_id: str(),
  message_template_namespace: str(),
  /** ISO 4217 currency, e.g. `USD`. */
  currency: str(),
  /** ISO 3166-1 alpha-2 country, e.g. `US`. */
  country: str(),
  account_review_status: z.optional(AccountReviewStatus),
  business_verification_status: z.optional(BusinessVerificationStatus),
  ownership_type: z.optional(OwnershipType),
  primary_business_location: str(),
  primary_funding_id: str(),
  purchase_order_number: str(),
  on_behalf_of_business_info: object(),
  owner_business: idName(),
  owner_business_info: object(),
  /** Account status; undocumented values, kept as a string. */
  status: str(),
  /** Creation time; [SDKGEN] says int (epoch seconds), some answers use a date string. */
  creation_time: z.optional(z.union([z.number('must be a number'), z.string('must be a string')], 'must be a number or a string')),
  health_status: z.optional(HealthStatus),
  is_enabled_for_insights: bool(),
  is_shared_with_partners: bool(),
  linked_commerce_account: object(),
  auth_international_rate_eligibility: object(),
  analytics: object(),
  disable_marketing_messages_on_cloud_api: bool(),
  template_auto_archival_enabled: bool(),
  /** @deprecated from v24.0; read `marketing_messages_onboarding_status`. */
  marketing_messages_lite_api_status: str(),
  marketing_messages_onboarding_status: z.optional(
    z.union(
      [
        MarketingMessagesOnboardingStatus,
        looseObject({
          status: z.optional(MarketingMessagesOnboardingStatus),
          time: z.optional(z.union([z.string('must be a string'), z.number('must be a number')], 'must be a string or a number')),
        }),
      ],
      'must be a string or an object',
    ),
  ),
  whatsapp_business_manager_messaging_limit: z.optional(BusinessMessagingLimit),
});
/** A WhatsApp Business Account as Graph describes it (fields present only when requested). */
export type WabaInfo = z.infer<typeof WabaInfo>;

/**
 * Every field of the WABA node that can be asked for with `fields=` (contract §4.1, [SDKGEN]).
 *
 * @example
 * const fields: WabaField[] = ['name', 'account_review_status', 'ownership_type'];
 */
export const WABA_FIELDS = [
  'id',
  'name',
  'timezone_id',
  'message_template_namespace',
  'currency',
  'country',
  'account_review_status',
  'business_verification_status',
  'ownership_type',
  'primary_business_location',
  'primary_funding_id',
  'purchase_order_number',
  'on_behalf_of_business_info',
  'owner_business',
  'owner_business_info',
  'status',
  'creation_time',
  'health_status',
  'is_enabled_for_insights',
  'is_shared_with_partners',
  'linked_commerce_account',
  'auth_international_rate_eligibility',
  'analytics',
  'disable_marketing_messages_on_cloud_api',
  'template_auto_archival_enabled',
  'marketing_messages_lite_api_status',
  'marketing_messages_onboarding_status',
  'whatsapp_business_manager_messaging_limit',
] as const satisfies readonly (keyof typeof WabaInfo.shape)[];

/** A field name of the WABA node that can be requested with `fields=`. */
export type WabaField = (typeof WABA_FIELDS)[number];

/** A WABA narrowed to the fields you asked for (each may still be absent if Graph omits it). */
export type WabaInfoWith<F extends WabaField> = Pick<WabaInfo, F | 'id'>;

/** Params of `Waba.retrieve`: which fields to read. Without `fields`, Graph returns `id, name`. */
export const WabaRetrieveParams = z.strictObject({
  fields: z.optional(fieldList<readonly WabaField[]>()),
});
export type WabaRetrieveParams = z.infer<typeof WabaRetrieveParams>;

/**
 * Params of `Waba.update` (contract §4.1, the [SDKGEN] POST params; [OA23]'s `name` / `timezone_id` update is
 * unconfirmed and not offered). At least one setting must be given.
 * - `is_enabled_for_insights`: template insights (analytics) for the WABA.
 * - `disable_marketing_messages_on_cloud_api`: stop marketing templates on Cloud API (e.g. after moving them to
 *   the Marketing Messages API).
 * - `template_auto_archival_enabled`: let Meta archive unused templates.
 */
export const WabaUpdateParams = z
  .strictObject({
    is_enabled_for_insights: z.optional(z.boolean('must be a boolean')),
    disable_marketing_messages_on_cloud_api: z.optional(z.boolean('must be a boolean')),
    template_auto_archival_enabled: z.optional(z.boolean('must be a boolean')),
  })
  .check(
    z.refine((params) => Object.values(params).some((value) => value !== undefined), {
      message: 'give at least one setting to change',
    }),
  );
export type WabaUpdateParams = z.infer<typeof WabaUpdateParams>;
