import * as z from 'zod/mini';
import { BUSINESS_VERTICALS, type BusinessProfileInfo } from '../../resources/business-profile/schemas.js';
import type { ConversationalAutomationInfo } from '../../resources/conversational-automation/schemas.js';
import type { CommerceSettingsInfo } from '../../resources/commerce/schemas.js';
import type { QrCodeInfo } from '../../resources/qr-codes/schemas.js';
import type { OpenEnum } from '../../schemas/graph.js';
import { looseObject, optionalArray, optionalString } from '../../schemas/shape.js';

// Tolerant schemas of the settings payloads (contract §4.4–§4.7, §4.9) and their mapping to Graph's field names.
// Unknown keys are kept, every field is optional, enums stay open (contract §4 legend).

const str = optionalString;
const flag = () => z.optional(z.union([z.boolean(), z.string()]));

/** `QueryPhoneBusinessProfile.Data` (§4.4). */
export const CamsProfile = z.optional(
  looseObject({
    About: str(),
    Address: str(),
    Description: str(),
    Email: str(),
    ProfilePictureUrl: str(),
    Vertical: str(),
    Websites: optionalArray(z.string('must be a string')),
  }),
);

/** One QR code of `CreatePhoneMessageQrdl` / `UpdatePhoneMessageQrdl` / `ListPhoneMessageQrdl` (§4.6). */
export const CamsQrCode = looseObject({
  QrdlCode: str(),
  PrefilledMessage: str(),
  DeepLinkUrl: str(),
  QrImageUrl: str(),
  GenerateQrImage: str(),
  PhoneNumber: str(),
});
export const CamsQrCodeData = z.optional(CamsQrCode);
export const CamsQrCodeList = z.optional(z.array(CamsQrCode, 'must be an array'));

/** `GetConversationalAutomation.Data` (§4.7). */
export const CamsAutomation = z.optional(
  looseObject({
    Prompts: optionalArray(z.string('must be a string')),
    Commands: optionalArray(looseObject({ CommandName: str(), CommandDescription: str() })),
    EnableWelcomeMessage: flag(),
    PhoneNumber: str(),
  }),
);

/** `GetCommerceSetting.Data` (§4.5): booleans in the model; `"true"`/`"false"` accepted too. */
export const CamsCommerce = z.optional(looseObject({ CartEnable: flag(), CatalogVisible: flag() }));

/** `GetPhoneEncryptionPublicKey.Data` (§4.4). */
export const CamsEncryptionKey = z.optional(looseObject({ EncryptionPublicKey: str(), EncryptionPublicKeyStatus: str(), PhoneNumber: str() }));

/** One row of `GetChatappPhoneNumberMetric.Data` (§4.2). */
export const CamsMetricRows = z.optional(
  z.array(
    looseObject({
      PhoneNumber: str(),
      Start: z.optional(z.union([z.number(), z.string()])),
      End: z.optional(z.union([z.number(), z.string()])),
      Granularity: str(),
      SentCount: z.optional(z.union([z.number(), z.string()])),
      DeliveredCount: z.optional(z.union([z.number(), z.string()])),
    }),
    'must be an array',
  ),
);

/** `GetWhatsappUserName.Data` / `UpdateWhatsappUserName.Data` (§4.9). */
export const CamsUsername = z.optional(looseObject({ Username: str(), Status: str() }));
/** `GetWhatsappUserNameSuggestions.Data` (§4.9). */
export const CamsUsernameSuggestions = z.optional(z.array(z.string('must be a string'), 'must be an array'));
/** `DeleteWhatsappUserName.Data` (§4.9): `true` when removed. */
export const CamsDeleted = z.optional(z.union([z.boolean(), z.string()]));

/** A number list entry's callback and calling fields (§4.2 `QueryChatappPhoneNumbers` / `ChatappSyncPhoneNumber`). */
export const CamsNumberSettingsEntry = looseObject({
  PhoneNumber: str(),
  StatusCallbackUrl: str(),
  UpCallbackUrl: str(),
  StatusQueue: str(),
  UpQueue: str(),
  CallingConfigure: z.optional(z.unknown()),
});
export const CamsNumberSettingsList = z.optional(z.array(CamsNumberSettingsEntry, 'must be an array'));
export type CamsNumberSettingsEntry = z.infer<typeof CamsNumberSettingsEntry>;

/** `true`/`false`, `"true"`/`"false"`, `Y`/`N` → boolean; anything else → undefined. @internal */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'Y') return true;
  if (value === 'false' || value === 'N') return false;
  return undefined;
}

/** Removes `undefined` members, so results have only the fields CAMS reported. @internal */
export function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

type Vertical = NonNullable<BusinessProfileInfo['vertical']>;

/**
 * CAMS's `Vertical` → Graph's enum word: the examples show mixed case (`Retail`, contract §4.4 "normalise"), so a
 * case-insensitive match of a known word gives the upper-case word; an unknown value is kept as it came (open).
 * @internal
 */
export function normaliseVertical(value: string | undefined): Vertical | undefined {
  if (value === undefined || value === '') return undefined;
  const upper = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return (BUSINESS_VERTICALS as readonly string[]).includes(upper) ? (upper as Vertical) : (value as Vertical);
}

/** `QueryPhoneBusinessProfile.Data` → Graph's profile fields. @internal */
export function toProfileInfo(data: z.infer<typeof CamsProfile>): BusinessProfileInfo {
  if (data === undefined) return {};
  // CAMS answers unset text fields with "" (the models have no optional marker): read them as absent, as Graph omits them.
  const set = (value: string | undefined) => (value === '' ? undefined : value);
  return compact({
    about: set(data.About),
    address: set(data.Address),
    description: set(data.Description),
    email: set(data.Email),
    profile_picture_url: set(data.ProfilePictureUrl),
    websites: data.Websites,
    vertical: normaliseVertical(data.Vertical),
  });
}

/** A QR code on CAMS, in Graph's field names plus the image format CAMS reports. */
export type CamsQrCodeInfo = QrCodeInfo & { readonly generate_qr_image?: OpenEnum<'PNG' | 'SVG'> | undefined };

/** A CAMS QR code → Graph's field names (`QrdlCode` → `code`, …). @internal */
export function toQrCodeInfo(data: z.infer<typeof CamsQrCode> | undefined): CamsQrCodeInfo {
  return compact({
    code: data?.QrdlCode ?? '',
    prefilled_message: data?.PrefilledMessage,
    deep_link_url: data?.DeepLinkUrl,
    qr_image_url: data?.QrImageUrl,
    generate_qr_image: data?.GenerateQrImage,
  }) as CamsQrCodeInfo;
}

/** `GetConversationalAutomation.Data` → Graph's shape. @internal */
export function toAutomationInfo(data: z.infer<typeof CamsAutomation>): ConversationalAutomationInfo {
  if (data === undefined) return {};
  return compact({
    prompts: data.Prompts,
    commands: data.Commands?.map((c) => compact({ command_name: c.CommandName, command_description: c.CommandDescription })),
    enable_welcome_message: toBoolean(data.EnableWelcomeMessage),
  });
}

/** `GetCommerceSetting.Data` → Graph's shape. @internal */
export function toCommerceInfo(data: z.infer<typeof CamsCommerce>): CommerceSettingsInfo {
  if (data === undefined) return {};
  return compact({ is_cart_enabled: toBoolean(data.CartEnable), is_catalog_visible: toBoolean(data.CatalogVisible) });
}
