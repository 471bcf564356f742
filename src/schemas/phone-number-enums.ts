import type * as z from 'zod/mini';
import { openEnum } from './graph.js';

// Open enums of the phone-number node (contract §3.1). Meta's own sources disagree on most of them ([OA23] vs
// [OA25] vs docs vs Postman), so the known values are the union of the credible sources and any other string
// still parses. Values listed only by [OA23] and contradicted by §8 (e.g. status LINKED/UNLINKED,
// code_verification_status UNVERIFIED) are not listed as known, but still parse.

/**
 * `status` of a phone number. It must be `CONNECTED` to send messages.
 *
 * @example
 * if (info.status === 'CONNECTED') send();
 */
export const PhoneNumberStatus = openEnum([
  'PENDING',
  'DELETED',
  'MIGRATED',
  'BANNED',
  'RESTRICTED',
  'RATE_LIMITED',
  'FLAGGED',
  'CONNECTED',
  'DISCONNECTED',
  'UNKNOWN',
  'UNVERIFIED',
]);
/** A phone number's connection status (open enum). */
export type PhoneNumberStatus = z.infer<typeof PhoneNumberStatus>;

/**
 * `quality_rating`: `GREEN`, `YELLOW`, `RED`, or not yet rated — `NA` (Postman, [OA23]) or `UNKNOWN` ([OA25]).
 *
 * @example
 * if (info.quality_rating === 'RED') alertOps();
 */
export const QualityRating = openEnum(['GREEN', 'YELLOW', 'RED', 'NA', 'UNKNOWN']);
/** A phone number's quality rating (open enum). */
export type QualityRating = z.infer<typeof QualityRating>;

/**
 * `code_verification_status`: `VERIFIED` lasts 14 days; only verified numbers can be registered.
 *
 * @example
 * if (info.code_verification_status !== 'VERIFIED') await requestCode();
 */
export const CodeVerificationStatus = openEnum(['NOT_VERIFIED', 'VERIFIED', 'EXPIRED']);
/** Whether the number proved ownership with an SMS/voice code (open enum). */
export type CodeVerificationStatus = z.infer<typeof CodeVerificationStatus>;

/**
 * `name_status` and `new_name_status`: review state of the (new) display name.
 *
 * @example
 * if (info.new_name_status === 'APPROVED') await phone.register({ pin }); // within 14 days
 */
export const NameStatus = openEnum([
  'APPROVED',
  'AVAILABLE_WITHOUT_REVIEW',
  'DECLINED',
  'EXPIRED',
  'PENDING_REVIEW',
  'NONE',
]);
/** Review state of a display name (open enum). */
export type NameStatus = z.infer<typeof NameStatus>;

/**
 * `account_mode`: `SANDBOX` (test) or `LIVE`.
 *
 * @example
 * const isTest = info.account_mode === 'SANDBOX';
 */
export const AccountMode = openEnum(['SANDBOX', 'LIVE']);
/** Sandbox or live (open enum). */
export type AccountMode = z.infer<typeof AccountMode>;

/**
 * `platform_type` (alias `host_platform`): `CLOUD_API`, `ON_PREMISE`, or `NOT_APPLICABLE` when not registered.
 *
 * @example
 * const registered = info.platform_type !== 'NOT_APPLICABLE';
 */
export const PlatformType = openEnum(['CLOUD_API', 'ON_PREMISE', 'NOT_APPLICABLE']);
/** Where the number is hosted (open enum). */
export type PlatformType = z.infer<typeof PlatformType>;

/**
 * `throughput.level`: `STANDARD` (80 messages/s) or `HIGH` (up to 1,000/s), `NOT_APPLICABLE` when not registered.
 *
 * @example
 * const fast = info.throughput?.level === 'HIGH';
 */
export const ThroughputLevel = openEnum(['STANDARD', 'HIGH', 'NOT_APPLICABLE']);
/** Messages-per-second level (open enum). */
export type ThroughputLevel = z.infer<typeof ThroughputLevel>;

/**
 * `messaging_limit_tier` — **deprecated** (v23.0 and older); use `whatsapp_business_manager_messaging_limit`.
 *
 * @example
 * const tier = info.messaging_limit_tier; // 'TIER_1K'
 */
export const MessagingLimitTier = openEnum(['TIER_50', 'TIER_250', 'TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED']);
/** Per-number messaging limit tier of API v23.0 and older (open enum). */
export type MessagingLimitTier = z.infer<typeof MessagingLimitTier>;

/**
 * `whatsapp_business_manager_messaging_limit` (v24.0+): the portfolio-wide limit of unique users per 24 hours.
 *
 * @example
 * const unlimited = info.whatsapp_business_manager_messaging_limit === 'TIER_UNLIMITED';
 */
export const BusinessMessagingLimit = openEnum([
  'TIER_250',
  'TIER_2K',
  'TIER_10K',
  'TIER_100K',
  'TIER_UNLIMITED',
  'UNTIERED',
]);
/** Portfolio messaging limit (open enum). */
export type BusinessMessagingLimit = z.infer<typeof BusinessMessagingLimit>;

/**
 * `search_visibility`: whether the business shows up in WhatsApp business search.
 *
 * @example
 * const hidden = info.search_visibility === 'HIDDEN';
 */
export const SearchVisibility = openEnum(['VISIBLE', 'HIDDEN']);
/** Business search visibility (open enum). */
export type SearchVisibility = z.infer<typeof SearchVisibility>;

/**
 * `official_business_account.oba_status`: state of the Official Business Account (green badge) application.
 *
 * @example
 * if (info.official_business_account?.oba_status === 'REJECTED') waitThirtyDays();
 */
export const ObaStatus = openEnum([
  'NOT_STARTED',
  'PENDING',
  'UNDER_REVIEW',
  'APPROVED',
  'REJECTED',
  'EXPIRED',
  'CANCELLED',
]);
/** Official Business Account application state (open enum). */
export type ObaStatus = z.infer<typeof ObaStatus>;

/**
 * `health_status.can_send_message` (and per entity): `AVAILABLE`, `LIMITED` or `BLOCKED`.
 *
 * @example
 * if (info.health_status?.can_send_message === 'BLOCKED') showErrors(info.health_status.entities);
 */
export const HealthSendStatus = openEnum(['AVAILABLE', 'LIMITED', 'BLOCKED']);
/** Whether messages can be sent, per the health status (open enum). */
export type HealthSendStatus = z.infer<typeof HealthSendStatus>;

/**
 * `health_status.entities[].entity_type`: which layer a health verdict applies to.
 *
 * @example
 * const waba = info.health_status?.entities?.find((e) => e.entity_type === 'WABA');
 */
export const HealthEntityType = openEnum(['PHONE_NUMBER', 'WABA', 'BUSINESS', 'APP', 'MESSAGE_TEMPLATE']);
/** A layer of the health status (open enum). */
export type HealthEntityType = z.infer<typeof HealthEntityType>;
