/**
 * wabakit — a typed SDK for WhatsApp Business Accounts and business phone numbers on Meta's Graph API.
 *
 * Start with {@link WabaClient}. Free-form phone numbers are parsed by the `wabakit/phone` entry, webhooks are
 * verified and parsed by `wabakit/webhooks`; both are separate so a handler that needs neither stays small.
 *
 * @packageDocumentation
 */

export { WabaClient } from './client.js';
export { VERSION } from './version.js';

// Options
export type {
  AccessTokenSource,
  ClientOptions,
  RequestOptions,
  RegistrationGuardOptions,
  UsageGuardOptions,
} from './core/options.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { RetryClass } from './core/retry-policy.js';

// Resources and pagination
export { PhoneNumber } from './resources/phone-number/phone-number.js';
export {
  PhoneNumberRegisterParams,
  PhoneNumberRetrieveParams,
  type PhoneNumberInfoWith,
} from './resources/phone-number/schemas.js';
export { Waba } from './resources/waba/waba.js';
export { WabaPhoneNumbers } from './resources/waba/phone-numbers.js';
export {
  PHONE_NUMBER_SORTS,
  PhoneNumberFilter,
  WabaPhoneNumbersListParams,
} from './resources/waba/phone-numbers-schemas.js';
export { CursorPage, PagePromise, type CursorPaging, type PageData } from './core/pagination.js';

// Errors
export { WhatsAppError, type WhatsAppErrorOptions } from './errors/whatsapp-error.js';
export * from './errors/api-error.js';
export * from './errors/transport-errors.js';
export * from './errors/validation-error.js';
export * from './errors/guard-errors.js';
export * from './errors/guards.js';
export { errorFromWebhook, type WebhookErrorObject, type ErrorFromWebhookOptions } from './errors/from-webhook.js';
export { lookupGraphCode, RETRY_NEVER_CODES, type GraphCodeEntry } from './errors/graph-codes.js';

// Guards and their stores
export { MemoryGuardStore, type GuardStore, type ReserveResult } from './limits/guard-store.js';
export {
  parseUsageHeaders,
  type BusinessUseCaseUsage,
  type UsageHeaders,
  type UsageReading,
} from './limits/usage-headers.js';

// Schemas (zod/mini), reusable in your own validation
export * from './schemas/index.js';
