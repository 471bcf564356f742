/**
 * Contract §7.6 (and §3.9) — block-users codes 139100–139103 and calling codes 138xxx.
 *
 * The calling list gives a retry letter for some codes only; the others are read from the description:
 * configuration problems → fix-request, timeouts/connection errors → transient.
 */

import { rows, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.6 and §3.9. @internal */
export const BLOCK_CALLING: readonly GraphCodeRow[] = [
  // Block users (§3.9): synchronous, per-number errors.
  ...rows([139100, 139101], 'BlockUsersError', 'fix-request'),
  // 139102: the block list changed under a paginated read (version_id mismatch) — read it again.
  ...rows([139102, 139103], 'BlockUsersError', 'transient'),

  // Calling [D-CALL].
  ...rows([138000, 138001, 138013, 138015, 138017, 138018], 'APIError', 'fix-request'),
  ...rows([
    138002, 138004, 138007,
    // 138019–138023: call setup, relay and media failures reported by webhook.
    138019, 138020, 138021, 138022, 138023,
  ], 'APIError', 'transient'),
  // 138012: 100 business-initiated calls per 24 h; `error_data` holds the next allowed time.
  ...rows([138003, 138005, 138009, 138012, 138014], 'APIError', 'after-window'),
  ...rows([138006], 'APIError', 'user-action'),
];
