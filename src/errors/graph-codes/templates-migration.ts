/** Contract §7.5 — template, migration, coexistence-sync and insights codes (2388xxx etc.). */

import { row, type GraphCodeClass, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.5. @internal */
export const TEMPLATES_MIGRATION: readonly GraphCodeRow[] = [
  // Migration (POST /{WABA_ID}/phone_numbers with migrate_phone_number: true): read `details` for the reason.
  row(2388012, 'MigrationError', 'fix-request'),
  // 2388091/2388093: not a migration at all — register the number normally.
  row(2388091, 'MigrationError', 'fix-request'),
  row(2388093, 'MigrationError', 'fix-request'),
  // 2388103 is "N except 'error migrating' = T"; from-response refines the advice on `details`.
  row(2388103, 'MigrationError', 'fix-request'),
  // Template codes share the 2388xxx prefix but have nothing to do with migration: they are request errors.
  row(2388019, 'InvalidRequestError', 'fix-request'),
  row(2388039, 'InvalidRequestError', 'fix-request'),
  row(2388040, 'InvalidRequestError', 'fix-request'),
  row(2388047, 'InvalidRequestError', 'fix-request'),
  row(2388072, 'InvalidRequestError', 'fix-request'),
  row(2388073, 'InvalidRequestError', 'fix-request'),
  row(2388293, 'InvalidRequestError', 'fix-request'),
  row(2388299, 'InvalidRequestError', 'fix-request'),
  // Coexistence sync API.
  row(2593107, 'APIError', 'fix-request'),
  row(2593108, 'APIError', 'fix-request'),
  // Template insights.
  row(200005, 'APIError', 'fix-request'),
  row(200006, 'APIError', 'fix-request'),
  row(200007, 'APIError', 'fix-request'),
];

/** Other 2388xxx codes: the contract names this family after migration; unknown members default to it. @internal */
export function migrationRange(code: number): GraphCodeClass | undefined {
  return code >= 2388000 && code <= 2388999
    ? { errorClass: 'MigrationError', retryAdvice: 'fix-request' }
    : undefined;
}
