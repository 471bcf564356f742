import * as z from 'zod/mini';
import {
  AccountMode,
  BusinessMessagingLimit,
  CodeVerificationStatus,
  HealthEntityType,
  HealthSendStatus,
  MessagingLimitTier,
  NameStatus,
  ObaStatus,
  PhoneNumberStatus,
  PlatformType,
  QualityRating,
  SearchVisibility,
  ThroughputLevel,
} from './phone-number-enums.js';
import { looseObject, optionalArray, optionalBoolean, optionalString } from './shape.js';

// The phone-number node of contract §3.1. Graph returns only the fields asked for with `fields=` (default:
// id, display_phone_number, verified_name, quality_rating), so every field but `id` is optional; objects are
// loose and enums open (§1.2, §8) so that whatever Meta adds later still parses.

const str = optionalString;
const bool = optionalBoolean;
const strings = () => optionalArray(z.string('must be a string'));
const HealthError = looseObject({
  error_code: z.optional(z.number('must be a number')),
  error_description: str(),
  possible_solution: str(),
});

const HealthEntity = looseObject({
  entity_type: z.optional(HealthEntityType),
  id: str(),
  can_send_message: z.optional(HealthSendStatus),
  can_receive_call_sip: z.optional(HealthSendStatus),
  additional_info: strings(),
  errors: optionalArray(HealthError),
});

/**
 * `health_status` of a phone number: whether it can send, and why not, for each layer (number, WABA,
 * business, app) — [D-HS].
 *
 * @example
 * const blocked = info.health_status?.entities?.filter((e) => e.can_send_message === 'BLOCKED');
 */
export const HealthStatus = looseObject({
  can_send_message: z.optional(HealthSendStatus),
  entities: optionalArray(HealthEntity),
});
/** Messaging health of a phone number and the layers above it. */
export type HealthStatus = z.infer<typeof HealthStatus>;

/**
 * The phone-number node returned by `GET /{PHONE_NUMBER_ID}` and in `GET /{WABA_ID}/phone_numbers` lists.
 *
 * Only `id` is always present; other fields appear when requested with `fields` (see
 * {@link PHONE_NUMBER_FIELDS}). Enums are open: an unknown value is kept as a string, and unknown extra fields
 * are kept too. `username` may be `null` (as in Meta's own example).
 *
 * @example
 * const info = PhoneNumberInfo.parse(await res.json());
 * if (info.status === 'CONNECTED' && info.quality_rating !== 'RED') send();
 */
export const PhoneNumberInfo = looseObject({
  id: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
  /** Formatted number, e.g. `+1 631-555-5555`. */
  display_phone_number: str(),
  /** The display name (not proof that it was approved — see `name_status`). */
  verified_name: str(),
  status: z.optional(PhoneNumberStatus),
  quality_rating: z.optional(QualityRating),
  /** Shape undocumented by Meta; kept as an object. */
  quality_score: z.optional(looseObject({})),
  code_verification_status: z.optional(CodeVerificationStatus),
  name_status: z.optional(NameStatus),
  /** The pending new display name, after a `new_display_name` request. */
  new_display_name: str(),
  new_name_status: z.optional(NameStatus),
  /** Base64 certificate of the approved name. */
  certificate: str(),
  /** Certificate of the new name, until the number is registered again. */
  new_certificate: str(),
  account_mode: z.optional(AccountMode),
  platform_type: z.optional(PlatformType),
  /** The spec's name for `platform_type`; Graph accepts it as an alias. */
  host_platform: z.optional(PlatformType),
  throughput: z.optional(looseObject({ level: z.optional(ThroughputLevel) })),
  whatsapp_business_manager_messaging_limit: z.optional(BusinessMessagingLimit),
  /** @deprecated v23.0 and older; use `whatsapp_business_manager_messaging_limit`. */
  messaging_limit_tier: z.optional(MessagingLimitTier),
  is_official_business_account: bool(),
  official_business_account: z.optional(looseObject({ oba_status: z.optional(ObaStatus) })),
  /** Two-step verification PIN is set. */
  is_pin_enabled: bool(),
  is_preverified_number: bool(),
  /** Coexistence: the number is also used in the WhatsApp Business app. */
  is_on_biz_app: bool(),
  /** When Embedded Signup completed for this number (date-time string). */
  last_onboarded_time: str(),
  search_visibility: z.optional(SearchVisibility),
  eligibility_for_api_business_global_search: str(),
  conversational_automation: z.optional(
    looseObject({
      prompts: strings(),
      commands: optionalArray(looseObject({ command_name: str(), command_description: str() })),
      enable_welcome_message: bool(),
    }),
  ),
  /** Effective webhook callback URLs, from the most specific (phone number) to the app. */
  webhook_configuration: z.optional(
    looseObject({ phone_number: str(), whatsapp_business_account: str(), application: str() }),
  ),
  health_status: z.optional(HealthStatus),
  /** ISO 3166-1 alpha-2 country of the number, e.g. `US`. */
  country_code: str(),
  /** Country calling code without `+`, e.g. `1`. */
  country_dial_code: str(),
  username: z.optional(z.nullable(z.string('must be a string'))),
});
/** A business phone number as Graph describes it (fields present only when requested). */
export type PhoneNumberInfo = z.infer<typeof PhoneNumberInfo>;

/**
 * Every field of the phone-number node that can be asked for with `fields=` (contract §3.1).
 *
 * `unified_cert_status` is left out on purpose: it is documented but Graph rejects it on v23–v26 with
 * `(#100) Tried accessing nonexisting field`, failing the whole request (§8). Some fields exist only on some
 * API versions (`whatsapp_business_manager_messaging_limit` from v24.0, `messaging_limit_tier` up to v23.0),
 * so ask for the fields you need rather than for all of them.
 *
 * @example
 * const fields: PhoneNumberField[] = ['status', 'quality_rating', 'code_verification_status'];
 */
export const PHONE_NUMBER_FIELDS = [
  'id',
  'display_phone_number',
  'verified_name',
  'status',
  'quality_rating',
  'quality_score',
  'code_verification_status',
  'name_status',
  'new_display_name',
  'new_name_status',
  'certificate',
  'new_certificate',
  'account_mode',
  'platform_type',
  'host_platform',
  'throughput',
  'whatsapp_business_manager_messaging_limit',
  'messaging_limit_tier',
  'is_official_business_account',
  'official_business_account',
  'is_pin_enabled',
  'is_preverified_number',
  'is_on_biz_app',
  'last_onboarded_time',
  'search_visibility',
  'eligibility_for_api_business_global_search',
  'conversational_automation',
  'webhook_configuration',
  'health_status',
  'country_code',
  'country_dial_code',
  'username',
] as const satisfies readonly (keyof typeof PhoneNumberInfo.shape)[];

/** A field name of the phone-number node that can be requested with `fields=`. */
export type PhoneNumberField = (typeof PHONE_NUMBER_FIELDS)[number];
