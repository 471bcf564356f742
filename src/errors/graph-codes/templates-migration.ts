/** Contract §7.5 — template, migration, coexistence-sync and insights codes (2388xxx etc.). */

import { rows, type GraphCodeClass, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.5. @internal */
export const TEMPLATES_MIGRATION: readonly GraphCodeRow[] = [
  // Migration (POST /{WABA_ID}/phone_numbers with migrate_phone_number: true): read `details` for the reason.
  // 2388091/2388093: not a migration at all — register the number normally.
  // 2388103 is "N except 'error migrating' = T"; from-response refines the advice on `details`.
  ...rows([2388012, 2388091, 2388093, 2388103], 'MigrationError', 'fix-request'),
  // Template codes share the 2388xxx prefix but have nothing to do with migration: they are request errors.
  ...rows([2388019, 2388039, 2388040, 2388047, 2388072, 2388073, 2388293, 2388299], 'InvalidRequestError', 'fix-request'),
  ...rows([
    2593107, 2593108, // coexistence sync API
    200005, 200006, 200007, // template insights
  ], 'APIError', 'fix-request'),
];

/** Other 2388xxx codes: the contract names this family after migration; unknown members default to it. @internal */
export function migrationRange(code: number): GraphCodeClass | undefined {
  return code >= 2388000 && code <= 2388999
    ? { errorClass: 'MigrationError', retryAdvice: 'fix-request' }
    : undefined;
}
