/**
 * wabakit — a typed SDK for WhatsApp Business Accounts and business phone numbers on Meta's Graph API.
 *
 * Start with {@link WabaClient}; in a serverless handler, {@link WabaCore} with the resources it calls
 * (`new Verification(core, id)`, `new Registration(core, id)`, `new PhoneNumberCore(core, id)`, …) bundles only those. Free-form phone numbers are parsed by the `wabakit/phone` entry, webhooks are
 * verified and parsed by `wabakit/webhooks`; both are separate so a handler that needs neither stays small.
 *
 * @packageDocumentation
 */

export { WabaClient } from './client.js';
export { WabaCore } from './waba-core.js';
export { VERSION } from './version.js';

// Options
export type { AccessTokenSource, ClientOptions, RequestOptions, TransportOptions, WabaCoreOptions } from './core/options.js';
export { RegistrationGuard, type RegistrationGuardOptions } from './limits/registration-guard.js';
export { UsageGuard } from './limits/usage-guard.js';
export type { UsageGuardOptions, UsageGuardStatus, UsageCooldownStatus } from './limits/usage-guard-options.js';
export type { CooldownSource } from './limits/cooldown-store.js';
export type { PacingOptions } from './limits/pacing.js';
export type { ThrottleSignal } from './limits/throttle-codes.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { GraphRequester } from './core/requester.js';
export type { RetryClass } from './core/retry-policy.js';

// Resources and pagination
export { PhoneNumber } from './resources/phone-number/phone-number.js';
export { PhoneNumberCore } from './resources/phone-number/phone-number-core.js';
export {
  DISPLAY_NAME_STATUS_FIELDS,
  PhoneNumberDisplayNameChangeParams,
  PhoneNumberRetrieveParams,
  PhoneNumberSetPinParams,
  PhoneNumberWebhookOverrideParams,
  type DisplayNameStatus,
  type PhoneNumberInfoWith,
  type PhoneNumberThroughput,
} from './resources/phone-number/schemas.js';
export { Registration } from './resources/registration/registration.js';
export { PhoneNumberRegisterParams } from './resources/registration/schemas.js';
export { Verification } from './resources/verification/verification.js';
export { CodeMethod, VerificationRequestCodeParams, VerificationVerifyCodeParams } from './resources/verification/schemas.js';
export { Settings } from './resources/settings/settings.js';
export {
  PhoneNumberSettingsInfo,
  SettingsLocalStorageParams,
  SettingsPayloadEncryptionParams,
  SettingsRetrieveParams,
} from './resources/settings/schemas.js';
export { CallHours, HolidaySchedule, SettingsCallingParams, SipServer, WeeklyOperatingHours } from './resources/settings/calling-schemas.js';
export { BusinessProfile } from './resources/business-profile/business-profile.js';
export {
  BUSINESS_PROFILE_FIELDS,
  BUSINESS_VERTICALS,
  BusinessProfileInfo,
  BusinessProfileRetrieveParams,
  BusinessProfileUpdateParams,
  PROFILE_PICTURE_TYPES,
  ProfilePictureParams,
  ProfilePictureUploadParams,
  UploadHandle,
  UploadSession,
  type BusinessProfileField,
} from './resources/business-profile/schemas.js';
export { ConversationalAutomation } from './resources/conversational-automation/conversational-automation.js';
export {
  ConversationalAutomationInfo,
  ConversationalAutomationUpdateParams,
  ConversationalCommand,
} from './resources/conversational-automation/schemas.js';
export { QrCodes } from './resources/qr-codes/qr-codes.js';
export {
  PrefilledMessage,
  QR_CODE_FIELDS,
  QrCode,
  QrCodeCreateParams,
  QrCodeInfo,
  QrCodeListParams,
  QrCodeRetrieveParams,
  QrCodeUpdateParams,
  QrImageFormat,
  type QrCodeField,
} from './resources/qr-codes/schemas.js';
export { BlockedUsers, type BlockUsersOptions } from './resources/blocked-users/blocked-users.js';
export {
  BlockedUserEntry,
  BlockedUserInfo,
  BlockedUsersListParams,
  BlockUserErrorObject,
  FailedBlockUser,
  MAX_USERS_PER_CALL,
  type BlockUsersResult,
  type UnblockUsersResult,
} from './resources/blocked-users/schemas.js';
export { CommerceSettings } from './resources/commerce/commerce-settings.js';
export { CommerceSettingsInfo, CommerceSettingsUpdateParams } from './resources/commerce/schemas.js';
export { OfficialBusinessAccount } from './resources/official-business-account/official-business-account.js';
export {
  OfficialBusinessAccountApplyParams,
  OfficialBusinessAccountStatus,
} from './resources/official-business-account/schemas.js';
export { Waba } from './resources/waba/waba.js';
export { WabaPhoneNumbers } from './resources/waba/phone-numbers.js';
export {
  PHONE_NUMBER_SORTS,
  PhoneNumberFilter,
  WabaPhoneNumbersListParams,
} from './resources/waba/phone-numbers-schemas.js';
export { CursorPage, PagePromise, type CursorPaging, type PageData } from './core/pagination.js';
export { WabaSubscribedApps } from './resources/waba/subscribed-apps.js';
export { SubscribedAppInfo, SubscribedAppsSubscribeParams } from './resources/waba/subscribed-apps-schemas.js';
export { WabaPhoneNumberAddParams, type WabaPhoneNumberAddInput, type WithPhone } from './resources/waba/phone-numbers-schemas.js';
export {
  AccountReviewStatus,
  BusinessVerificationStatus,
  MarketingMessagesOnboardingStatus,
  OwnershipType,
  WABA_FIELDS,
  WabaInfo,
  WabaRetrieveParams,
  WabaUpdateParams,
  type WabaField,
  type WabaInfoWith,
} from './resources/waba/schemas.js';
export { Business } from './resources/business/business.js';
export { BusinessWabas, type BusinessWabasEdge } from './resources/business/business-wabas.js';
export { PreverifiedNumbers, type PreverifiedNumberInfoWith } from './resources/business/preverified-numbers.js';
export {
  BusinessWabasListParams,
  FILTER_OPERATORS,
  PREVERIFIED_NUMBER_FIELDS,
  PreverifiedCodeVerificationStatus,
  PreverifiedNumberAddParams,
  PreverifiedNumberInfo,
  PreverifiedNumbersListParams,
  WabaFilter,
  type PreverifiedNumberField,
} from './resources/business/schemas.js';
export { Migration, Onboarding, type FlowStartOptions } from './resources/migration/migration.js';
export { PhoneNumberFlow, type FlowNumberState, type FlowOptions, type FlowStepResult } from './resources/migration/flow.js';
export {
  CHECKPOINT_VERSION,
  FLOW_STEPS,
  FlowCheckpoint,
  parseCheckpoint,
  type FlowKind,
  type FlowStep,
} from './resources/migration/checkpoint.js';
export { checkpointOf, FlowStateError, isFlowStateError, type FlowStateReason } from './resources/migration/flow-state-error.js';
export {
  FlowRecoverParams,
  MigrationStartParams,
  OnboardingStartParams,
  type FlowRecoverInput,
  type MigrationStartInput,
  type OnboardingStartInput,
} from './resources/migration/schemas.js';
export { IdentityCheck, identityCheckFor, type IdentityMismatch } from './resources/identity-check/identity-check.js';
export {
  MemoryIdentityStore,
  type IdentityRecord,
  type IdentityStore,
  type MemoryIdentityStoreOptions,
} from './resources/identity-check/identity-store.js';
export { EmbeddedSignup, type EmbeddedSignupFailure, type EmbeddedSignupResult } from './resources/embedded-signup/embedded-signup.js';
export { EmbeddedSignupCodeExpiredError, isEmbeddedSignupCodeExpiredError } from './resources/embedded-signup/errors.js';
export {
  CompleteSignupParams,
  EmbeddedSignupExchangeParams,
  EmbeddedSignupToken,
  SharedWabaIdsParams,
} from './resources/embedded-signup/schemas.js';


// Errors
export { WhatsAppError, type WhatsAppErrorOptions } from './errors/whatsapp-error.js';
export * from './errors/api-error.js';
export * from './errors/transport-errors.js';
export * from './errors/validation-error.js';
export * from './errors/guard-errors.js';
export * from './errors/store-errors.js';
export * from './errors/guards.js';
export { UnsupportedOperationError, isUnsupportedOperationError, type Provider } from './errors/unsupported-operation-error.js';
export { errorFromWebhook, type WebhookErrorObject, type ErrorFromWebhookOptions } from './errors/from-webhook.js';
export { lookupGraphCode, RETRY_NEVER_CODES, type GraphCodeEntry, type GraphErrorClassName } from './errors/graph-codes.js';

// Guards and their stores
export { MemoryGuardStore, type GuardStore, type LockOptions, type ReserveOptions, type ReserveResult } from './limits/guard-store.js';
export type { CooldownStore, SharedCooldown } from './limits/cooldown-store.js';
export type { SharedStores } from './limits/shared-stores.js';
export type { StoreErrorPolicy } from './limits/store-policy.js';
export {
  parseUsageHeaders,
  type BusinessUseCaseUsage,
  type HeaderSource,
  type UsageHeaders,
  type UsageReading,
} from './limits/usage-headers.js';

// Schemas (zod/mini), reusable in your own validation
export * from './schemas/index.js';
