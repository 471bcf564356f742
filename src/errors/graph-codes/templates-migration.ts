/** Contract §7.5 — template, migration, coexistence-sync and insights codes (2388xxx etc.). */

import type { GraphCodeEntry, GraphCodeLine } from './entry.js';

/** Rows of contract §7.5. @internal */
export const TEMPLATES_MIGRATION: readonly GraphCodeLine[] = [
  // Migration (POST /{WABA_ID}/phone_numbers with migrate_phone_number: true): read `details` for the reason.
  '2388012 MigrationError fix-request Phone number already in your list',
  // 2388091/2388093: not a migration at all — register the number normally.
  '2388091 MigrationError fix-request Phone number not eligible to receive verification code',
  '2388093 MigrationError fix-request Phone number not eligible to verify code',
  // 2388103 is "N except 'error migrating' = T"; from-response refines the advice on `details`.
  '2388103 MigrationError fix-request Migration blocked',
  // Template codes share the 2388xxx prefix but have nothing to do with migration: they are request errors.
  '2388019 InvalidRequestError fix-request Message template count limit reached',
  '2388039 InvalidRequestError fix-request Template status cannot be changed',
  '2388040 InvalidRequestError fix-request Template character limit exceeded',
  '2388047 InvalidRequestError fix-request Template header format incorrect',
  '2388072 InvalidRequestError fix-request Template body format incorrect',
  '2388073 InvalidRequestError fix-request Template footer format incorrect',
  '2388293 InvalidRequestError fix-request Template variable-to-text ratio exceeded',
  '2388299 InvalidRequestError fix-request Template has leading or trailing variables',
  // Coexistence sync API.
  '2593107 APIError fix-request Sync API called more than once',
  '2593108 APIError fix-request Sync API called more than 24 hours after onboarding',
  // Template insights.
  '200005 APIError fix-request Template insights unavailable',
  '200006 APIError fix-request Template insights cannot be disabled',
  '200007 APIError fix-request Template insights not enabled',
];

/** Other 2388xxx codes: the contract names this family after migration; unknown members default to it. @internal */
export function migrationRange(code: number): GraphCodeEntry | undefined {
  return code >= 2388000 && code <= 2388999
    ? { errorClass: 'MigrationError', retryAdvice: 'fix-request', title: 'Migration error' }
    : undefined;
}
