/**
 * Values of the WABA-level webhook fields (contract §5): `account_update`, `account_review_update`,
 * `account_alerts`, `business_capability_update`. Field lists and enums from Meta's webhook references
 * [D-WAU], [D-WBC], [D-ML], [PM]; every enum is open and every object keeps unknown keys.
 */

import * as z from 'zod/mini';
import { MessagingTier, openEnum, Timestamp } from './common.js';

/** `account_update.value.event` values documented so far (plus the legacy `VERIFIED_ACCOUNT`). */
export const ACCOUNT_UPDATE_EVENTS = [
  'ACCOUNT_DELETED',
  'ACCOUNT_OFFBOARDED',
  'ACCOUNT_RECONNECTED',
  'ACCOUNT_RESTRICTION',
  'ACCOUNT_VIOLATION',
  'AD_ACCOUNT_LINKED',
  'AUTH_INTL_PRICE_ELIGIBILITY_UPDATE',
  'BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE',
  'DISABLED_UPDATE',
  'MM_LITE_TERMS_SIGNED',
  'PARTNER_ADDED',
  'PARTNER_APP_INSTALLED',
  'PARTNER_APP_UNINSTALLED',
  'PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE',
  'PARTNER_REMOVED',
  'VOLUME_BASED_PRICING_TIER_UPDATE',
  'VERIFIED_ACCOUNT',
] as const;

const RESTRICTION_TYPES = [
  'RESTRICTED_ADD_PHONE_NUMBER_ACTION',
  'RESTRICTED_BIZ_INITIATED_MESSAGING',
  'RESTRICTED_CUSTOMER_INITIATED_MESSAGING',
  'RESTRICTED_BIZ_INITIATED_AND_USER_INITIATED_CALLING',
  'RESTRICTED_BUSINESS_INITIATED_CALLING',
  'RESTRICTED_USER_INITIATED_CALLING',
  'RESTRICTED_USER_INITIATED_CALLING_CALL_BUTTON_HIDDEN',
  'RESTRICTED_DIRECT_SEND_UTILITY_TEMPLATES',
  'RESTRICTED_UTILITY_TEMPLATES',
] as const;

/**
 * `account_update`: the WABA was deleted, restricted, banned or reinstated, shared with or removed from a partner,
 * its primary country or pricing tier changed, its partner-led verification moved… `event` says which; the
 * matching `*_info` object carries the details.
 */
export const AccountUpdateValue = z.looseObject({
  event: openEnum(ACCOUNT_UPDATE_EVENTS),
  /** ISO 3166-1 alpha-2 country (BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE). */
  country: z.optional(z.string()),
  waba_info: z.optional(
    z.looseObject({
      waba_id: z.optional(z.string()),
      owner_business_id: z.optional(z.string()),
      ad_account_linked: z.optional(z.string()),
      partner_app_id: z.optional(z.string()),
      solution_id: z.optional(z.string()),
      solution_partner_business_ids: z.optional(z.array(z.string())),
    }),
  ),
  violation_info: z.optional(z.looseObject({ violation_type: z.optional(z.string()) })),
  ban_info: z.optional(
    z.looseObject({
      waba_ban_state: z.optional(openEnum(['DISABLE', 'REINSTATE', 'SCHEDULE_FOR_DISABLE', 'FLAGGED'] as const)),
      /** Free text, e.g. `April 17, 2025`. */
      waba_ban_date: z.optional(z.string()),
    }),
  ),
  /** One entry per restriction (ACCOUNT_RESTRICTION); `[]` or absent otherwise. */
  restriction_info: z.optional(
    z.array(
      z.looseObject({
        restriction_type: z.optional(openEnum(RESTRICTION_TYPES)),
        /**
         * When the restriction ends, in Unix seconds. Meta's example and real deliveries send an integer
         * (`1641330498`); a string of digits is accepted too. Always a number here: `new Date(expiration * 1000)`.
         */
        expiration: z.optional(Timestamp),
        /** What the business can do to lift the restriction, when Meta says. */
        remediation: z.optional(z.string()),
      }),
    ),
  ),
  auth_international_rate_eligibility: z.optional(
    z.looseObject({
      /** Unix seconds. */
      start_time: z.optional(Timestamp),
      exception_countries: z.optional(
        z.array(z.looseObject({ country_code: z.optional(z.string()), start_time: z.optional(Timestamp) })),
      ),
    }),
  ),
  volume_tier_info: z.optional(
    z.looseObject({
      /** Unix seconds. */
      tier_update_time: z.optional(Timestamp),
      pricing_category: z.optional(z.string()),
      tier: z.optional(z.string()),
      effective_month: z.optional(z.string()),
      region: z.optional(z.string()),
    }),
  ),
  disconnection_info: z.optional(
    z.looseObject({
      reason: z.optional(
        openEnum([
          'ACCOUNT_DISCONNECTED',
          'BUSINESS_DOWNGRADE',
          'CHANGE_NUMBER',
          'COMPANION_INACTIVITY',
          'PRIMARY_INACTIVITY',
          'USER_RE_REGISTERED',
        ] as const),
      ),
      initiated_by: z.optional(openEnum(['SYSTEM', 'USER'] as const)),
    }),
  ),
  partner_client_certification_info: z.optional(
    z.looseObject({
      client_business_id: z.optional(z.string()),
      status: z.optional(openEnum(['APPROVED', 'DISCARDED', 'FAILED', 'PENDING', 'REVOKED'] as const)),
      rejection_reasons: z.optional(z.array(z.string())),
    }),
  ),
  /** Legacy payloads (`VERIFIED_ACCOUNT`) name the number here. */
  phone_number: z.optional(z.string()),
});
export type AccountUpdateValue = z.infer<typeof AccountUpdateValue>;

/** `account_review_update`: the WABA's policy review concluded (or was deferred). */
export const AccountReviewUpdateValue = z.looseObject({
  decision: openEnum(['APPROVED', 'REJECTED', 'PENDING', 'DEFERRED'] as const),
});
export type AccountReviewUpdateValue = z.infer<typeof AccountReviewUpdateValue>;

const ALERT_TYPES = [
  'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED',
  'INCREASED_CAPABILITIES_ELIGIBILITY_FAILED',
  'INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO',
  'OBA_APPROVED',
  'OBA_REJECTED',
  'PROFILE_PICTURE_LOST',
] as const;

/**
 * `account_alerts`: a messaging-limit increase was deferred or refused, an Official Business Account request
 * was decided, a profile photo was lost. Current payloads nest the alert in `alert_info`; older ones put
 * `alert_type`/`alert_description` at the top level — both are read.
 */
export const AccountAlertsValue = z.looseObject({
  entity_type: z.optional(openEnum(['BUSINESS', 'PHONE_NUMBER', 'CURRENT_STATUS_ID'] as const)),
  entity_id: z.optional(z.string()),
  alert_info: z.optional(
    z.looseObject({
      alert_severity: z.optional(openEnum(['CRITICAL', 'INFORMATIONAL', 'WARNING'] as const)),
      alert_status: z.optional(openEnum(['ACTIVE', 'NONE'] as const)),
      alert_type: z.optional(openEnum(ALERT_TYPES)),
      alert_description: z.optional(z.string()),
    }),
  ),
  alert_type: z.optional(openEnum(ALERT_TYPES)),
  alert_description: z.optional(z.string()),
});
export type AccountAlertsValue = z.infer<typeof AccountAlertsValue>;

/**
 * `business_capability_update`: the portfolio's messaging limit or number cap changed (also sent when a WABA is
 * created). Either the per-business or the per-WABA number cap is present. `max_daily_conversations_per_business`
 * is documented as a tier string but Meta's own example sends an integer, so both are accepted.
 */
export const BusinessCapabilityUpdateValue = z.looseObject({
  max_daily_conversations_per_business: z.optional(z.union([MessagingTier, z.number()])),
  /** Legacy (≤ v23, removed Feb 2026): per-phone limit as an integer, `-1` = unlimited. */
  max_daily_conversation_per_phone: z.optional(z.number()),
  max_phone_numbers_per_business: z.optional(z.number()),
  max_phone_numbers_per_waba: z.optional(z.number()),
});
export type BusinessCapabilityUpdateValue = z.infer<typeof BusinessCapabilityUpdateValue>;
