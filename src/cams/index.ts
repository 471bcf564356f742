/**
 * `wabakit/cams` — the WhatsApp Business management API of Alibaba Cloud CAMS (Chat App Message Service,
 * `cams` 2020-06-06), with the same resource names, params, error classes, retries and guards as `WabaClient`.
 *
 * Start with {@link CamsClient}. This entry imports nothing of the Graph client, so a CAMS handler bundles only
 * what CAMS needs.
 *
 * @packageDocumentation
 */

export { CamsClient } from './client.js';
export { CamsCore } from './cams-core.js';
export type { TransportOptions } from '../core/options.js';
export type { CamsClientCommonOptions, CamsClientOptions, CamsCoreOptions, CamsCredentialOptions, CamsCredentialsProvider, CamsQpsOptions, CamsRequestOptions } from './core/options.js';
export type { CamsRequester } from './resources/resource.js';
export { CAMS_DEFAULTS } from './core/options.js';
export { CamsPhoneDigits, CustSpaceId } from './core/params.js';
export type { CamsCredentials } from './signing/acs3.js';

// Resources
export { CamsWaba, CamsWabaPhoneNumbers, CamsPhoneNumberAddParams, type CamsPhoneNumberAddInput } from './resources/waba.js';
export { CamsPhoneNumber } from './resources/phone-number.js';
export { CamsPhoneNumberCore, CamsRegisterParams, CamsVerifyAndRegisterParams } from './resources/phone-number-core.js';
export { CamsRegistration } from './resources/registration.js';
export { CamsVerification } from './resources/verification.js';
// Settings surface (issue #10): the same names as Graph's phone sub-resources where CAMS has the operation.
export { CamsBusinessProfile, CamsBusinessProfileUpdateParams } from './resources/business-profile.js';
export { BusinessProfileUpdateParams, ProfilePicture } from '../operations/business-profile.js';
export { CamsQrCodes, CamsQrCodeListParams, CamsQrCodeUpdateParams, CamsQrdlCode } from './resources/qr-codes.js';
export type { CamsQrCodeInfo } from './resources/settings-payloads.js';
export { CamsConversationalAutomation } from './resources/conversational-automation.js';
export { CamsCommerceSettings } from './resources/commerce.js';
export { CamsSettings } from './resources/settings.js';
export type { CamsCallingSettings, CamsPhoneNumberSettingsInfo, CamsWebhookInfo } from './resources/number-settings.js';
export { CamsAccountWebhook, CamsAccountWebhookParams, CamsPhoneWebhook, CamsPhoneWebhookParams } from './resources/webhooks.js';
export { CamsFlowsEncryption, CamsFlowsEncryptionParams, type CamsFlowsEncryptionInfo } from './resources/flows-encryption.js';
export { CamsMetricParams, CamsPhoneNumberMetrics, type CamsMetricRow } from './resources/metrics.js';
export { CamsUsernameParams, CamsUsernameResource, type CamsUsernameInfo } from './resources/username.js';

// CAMS's own callback payloads (ChatAppStatus, ChatAppInbound); unsigned (contract §6).
export * from './callbacks/index.js';
export { CamsMmlOnboardParams } from './resources/waba.js';
export {
  CamsAppIdParams,
  CamsEmbeddedSignup,
  CamsExchangeCodeParams,
  CamsWabaParams,
  EmbeddedSignupPermission,
  type CamsBusinessInfo,
  type CamsEmbeddedSignupApp,
} from './resources/embedded-signup.js';
export type { CamsHealthStatus, CamsPhoneNumberInfo, CamsSuccess, CamsWabaInfo } from './resources/schemas.js';

// Limits
export { CAMS_DOCUMENTED_QPS, DEFAULT_CAMS_QPS, QpsLimiter, type QpsClock, type QpsLimiterOptions } from './limits/qps-limiter.js';

// Errors: CAMS errors are the same classes as Graph's (import guards such as isRegistrationRateLimitError from
// 'wabakit'), plus the CAMS fields.
export { CAMS_CODES, isCamsError, lookupCamsCode, type CamsAPIError, type CamsCodeEntry, type CamsCodeSection } from './errors/index.js';
export { isUnsupportedOperationError, UnsupportedOperationError, type Provider } from '../errors/unsupported-operation-error.js';

// Resumable migration and onboarding (the same steps and checkpoint rules as on Graph)
export { CamsMigration, CamsOnboarding, CamsMigrationStartParams, CamsOnboardingStartParams, CamsFlowRecoverParams, type CamsFlowStartOptions, type CamsMigrationStartInput, type CamsOnboardingStartInput, type CamsFlowRecoverInput } from './flows/flows.js';
export { CamsPhoneNumberFlow, type CamsFlowNumberState, type CamsFlowOptions, type CamsFlowStepResult } from './flows/flow.js';
export { CamsFlowCheckpoint, parseCamsCheckpoint } from './flows/checkpoint.js';
export { checkpointOf, FlowStateError, isFlowStateError } from '../resources/migration/flow-state-error.js';
