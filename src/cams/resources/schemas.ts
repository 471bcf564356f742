import * as z from 'zod/mini';
import type { OpenEnum } from '../../schemas/graph.js';
import type { CodeVerificationStatus, MessagingLimitTier, NameStatus, PhoneNumberStatus, QualityRating } from '../../schemas/phone-number-enums.js';
import { looseObject, optionalArray, optionalString } from '../../schemas/shape.js';

// Tolerant schemas of the CAMS payloads this client reads (contract §4): unknown keys kept, every field optional
// and every enum open (contract §4 legend, "treat every enum as open"), so a field CAMS adds never breaks a call.

const str = optionalString;

/** One entry of `QueryChatappPhoneNumbers.PhoneNumbers` / `ChatappSyncPhoneNumber.PhoneNumbers` (contract §4.2). */
export const CamsNumberEntry = looseObject({
  PhoneNumber: str(),
  Status: str(),
  CodeVerificationStatus: str(),
  QualityRating: str(),
  MessagingLimitTier: str(),
  NameStatus: str(),
  NewNameStatus: str(),
  VerifiedName: str(),
  IsOfficial: str(),
});
export type CamsNumberEntry = z.infer<typeof CamsNumberEntry>;

/** `PhoneNumbers` of the two list operations; absent means none. */
export const CamsNumberList = z.optional(z.array(CamsNumberEntry, 'must be an array'));

/** `GetPhoneNumberVerificationStatus.Data` (contract §4.2): the only place with the Meta phone number id. */
export const CamsVerificationStatus = z.optional(looseObject({ CodeVerificationStatus: str(), Id: str(), PhoneNumber: str() }));

/** `QueryChatappBindWaba.Data` (contract §4.1). */
export const CamsBoundWaba = z.optional(
  looseObject({
    Id: str(),
    Name: str(),
    Currency: str(),
    AccountReviewStatus: str(),
    MessageTemplateNamespace: str(),
    BusinessId: str(),
    BusinessName: str(),
    PrimaryBusinessLocation: str(),
    IsOnBizApp: str(),
    MarketingMessageLiteStatus: str(),
    AuthInternationalRateEligibility: z.optional(z.unknown()),
  }),
);

const HealthEntry = looseObject({
  EntityType: str(),
  CanSendMessage: str(),
  PhoneNumber: str(),
  WabaId: str(),
  BusinessId: str(),
  Errors: optionalArray(looseObject({ ErrorCode: z.optional(z.union([z.string(), z.number()])), ErrorDescription: str(), PossibleSolution: str() })),
});

/** `GetWhatsappHealthStatus.Data` (contract §4.2). */
export const CamsHealth = z.optional(looseObject({ CanSendMessage: str(), Entities: optionalArray(HealthEntry) }));

// Re-exported from their own module (registration and verification import them from there).
export { NoPayload, type CamsSuccess } from './no-payload.js';

/**
 * A number on CAMS, with Graph's field names (issue #9 §2): status, verification, quality, tier, name review and,
 * when CAMS reports it, Meta's phone number `id`. Enums carry Meta's words (`name_status` `Approval` → `APPROVED`);
 * unknown values are kept as they are.
 */
export interface CamsPhoneNumberInfo {
  /** Country code and national number, digits only (CAMS's key for the number). */
  readonly phone_number: string;
  /** Meta's phone number id, when `GetPhoneNumberVerificationStatus` reported it. */
  readonly id?: string | undefined;
  readonly status?: PhoneNumberStatus | undefined;
  readonly code_verification_status?: CodeVerificationStatus | undefined;
  readonly quality_rating?: QualityRating | undefined;
  readonly messaging_limit_tier?: MessagingLimitTier | undefined;
  readonly name_status?: NameStatus | undefined;
  readonly new_name_status?: NameStatus | undefined;
  readonly verified_name?: string | undefined;
  /** `IsOfficial` `Y`/`N` as a boolean (the blue check mark). */
  readonly is_official_business_account?: boolean | undefined;
}

/** The channel's bound WABA, with Graph's field names where Graph has the field. */
export interface CamsWabaInfo {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly currency?: string | undefined;
  readonly account_review_status?: OpenEnum<'PENDING' | 'APPROVED' | 'REJECTED' | 'DISABLED'> | undefined;
  readonly message_template_namespace?: string | undefined;
  readonly owner_business_info?: { readonly id?: string | undefined; readonly name?: string | undefined } | undefined;
  readonly primary_business_location?: string | undefined;
  /** `IsOnBizApp` `Y`/`N`: a coexistence (WhatsApp Business app) account. */
  readonly is_on_biz_app?: boolean | undefined;
  /** `MarketingMessageLiteStatus` as CAMS reports it (example `Y`; values undocumented). */
  readonly marketing_messages_lite_status?: string | undefined;
  readonly auth_international_rate_eligibility?: unknown;
}

/** Messaging health of a number, in Graph's `health_status` shape (error codes as numbers, as on Graph). */
export interface CamsHealthStatus {
  readonly can_send_message?: OpenEnum<'AVAILABLE' | 'LIMITED' | 'BLOCKED'> | undefined;
  readonly entities?: readonly {
    readonly entity_type?: string | undefined;
    readonly id?: string | undefined;
    readonly can_send_message?: OpenEnum<'AVAILABLE' | 'LIMITED' | 'BLOCKED'> | undefined;
    readonly errors?: readonly { readonly error_code?: number | undefined; readonly error_description?: string | undefined; readonly possible_solution?: string | undefined }[] | undefined;
  }[] | undefined;
}


/** CAMS display-name words → Meta's (contract §6: `NameStatus` uses CAMS words; §7 #5: only `Approval` is attested). */
const NAME_STATUS: Readonly<Record<string, string>> = { Approval: 'APPROVED' };

/** `Y`/`N` → boolean; anything else → undefined. */
export function yesNo(value: string | undefined): boolean | undefined {
  return value === 'Y' ? true : value === 'N' ? false : undefined;
}

/** A list entry (and optionally the verification status) → {@link CamsPhoneNumberInfo}. @internal */
export function toPhoneNumberInfo(digits: string, entry: CamsNumberEntry | undefined, verification?: z.infer<typeof CamsVerificationStatus>): CamsPhoneNumberInfo {
  const nameStatus = (value: string | undefined) => (value === undefined ? undefined : (NAME_STATUS[value] ?? value));
  return dropUndefined({
    phone_number: entry?.PhoneNumber ?? digits,
    id: verification?.Id,
    status: entry?.Status,
    code_verification_status: verification?.CodeVerificationStatus ?? entry?.CodeVerificationStatus,
    quality_rating: entry?.QualityRating,
    messaging_limit_tier: entry?.MessagingLimitTier,
    name_status: nameStatus(entry?.NameStatus),
    new_name_status: nameStatus(entry?.NewNameStatus),
    verified_name: entry?.VerifiedName,
    is_official_business_account: yesNo(entry?.IsOfficial),
  }) as CamsPhoneNumberInfo;
}

/** `QueryChatappBindWaba.Data` → {@link CamsWabaInfo}. @internal */
export function toWabaInfo(data: z.infer<typeof CamsBoundWaba>): CamsWabaInfo {
  if (data === undefined) return {};
  const owner = data.BusinessId === undefined && data.BusinessName === undefined ? undefined : dropUndefined({ id: data.BusinessId, name: data.BusinessName });
  return dropUndefined({
    id: data.Id,
    name: data.Name,
    currency: data.Currency,
    account_review_status: data.AccountReviewStatus,
    message_template_namespace: data.MessageTemplateNamespace,
    owner_business_info: owner,
    primary_business_location: data.PrimaryBusinessLocation,
    is_on_biz_app: yesNo(data.IsOnBizApp),
    marketing_messages_lite_status: data.MarketingMessageLiteStatus,
    auth_international_rate_eligibility: data.AuthInternationalRateEligibility,
  }) as CamsWabaInfo;
}

/** `GetWhatsappHealthStatus.Data` → Graph's `health_status` shape; Meta's string codes become numbers (§3.6). @internal */
export function toHealthStatus(data: z.infer<typeof CamsHealth>): CamsHealthStatus {
  if (data === undefined) return {};
  return dropUndefined({
    can_send_message: data.CanSendMessage,
    entities: data.Entities?.map((entity) =>
      dropUndefined({
        entity_type: entity.EntityType,
        id: entity.PhoneNumber ?? entity.WabaId ?? entity.BusinessId,
        can_send_message: entity.CanSendMessage,
        errors: entity.Errors?.map((e) =>
          dropUndefined({
            error_code: e.ErrorCode === undefined || !/^\d+$/.test(String(e.ErrorCode)) ? undefined : Number(e.ErrorCode),
            error_description: e.ErrorDescription,
            possible_solution: e.PossibleSolution,
          }),
        ),
      }),
    ),
  }) as CamsHealthStatus;
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
