/**
 * Contract §7.6 (and §3.9) — block-users codes 139100–139103 and calling codes 138xxx.
 *
 * The calling list gives a retry letter for some codes only; the others are read from the description:
 * configuration problems → fix-request, timeouts/connection errors → transient.
 */

import { row, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.6 and §3.9. @internal */
export const BLOCK_CALLING: readonly GraphCodeRow[] = [
  // Block users (§3.9): synchronous, per-number errors.
  row(139100, 'BlockUsersError', 'fix-request'),
  row(139101, 'BlockUsersError', 'fix-request'),
  // 139102: the block list changed under a paginated read (version_id mismatch) — read it again.
  row(139102, 'BlockUsersError', 'transient'),
  row(139103, 'BlockUsersError', 'transient'),

  // Calling [D-CALL].
  row(138000, 'APIError', 'fix-request'),
  row(138001, 'APIError', 'fix-request'),
  row(138002, 'APIError', 'transient'),
  row(138003, 'APIError', 'after-window'),
  row(138004, 'APIError', 'transient'),
  row(138005, 'APIError', 'after-window'),
  row(138006, 'APIError', 'user-action'),
  row(138007, 'APIError', 'transient'),
  row(138009, 'APIError', 'after-window'),
  // 138012: 100 business-initiated calls per 24 h; `error_data` holds the next allowed time.
  row(138012, 'APIError', 'after-window'),
  row(138013, 'APIError', 'fix-request'),
  row(138014, 'APIError', 'after-window'),
  row(138015, 'APIError', 'fix-request'),
  row(138017, 'APIError', 'fix-request'),
  row(138018, 'APIError', 'fix-request'),
  // 138019–138023: call setup, relay and media failures reported by webhook.
  row(138019, 'APIError', 'transient'),
  row(138020, 'APIError', 'transient'),
  row(138021, 'APIError', 'transient'),
  row(138022, 'APIError', 'transient'),
  row(138023, 'APIError', 'transient'),
];
