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
  row(139100, 'BlockUsersError', 'fix-request', 'Failed to block/unblock some users'),
  row(139101, 'BlockUsersError', 'fix-request', 'Blocklist limit reached'),
  // 139102: the block list changed under a paginated read (version_id mismatch) — read it again.
  row(139102, 'BlockUsersError', 'transient', 'Blocklist concurrent update'),
  row(139103, 'BlockUsersError', 'transient', 'Internal error'),

  // Calling [D-CALL].
  row(138000, 'APIError', 'fix-request', 'Calling not enabled'),
  row(138001, 'APIError', 'fix-request', 'Receiver is uncallable'),
  row(138002, 'APIError', 'transient', 'Concurrent calls limit'),
  row(138003, 'APIError', 'after-window', 'Duplicate call'),
  row(138004, 'APIError', 'transient', 'Connection error'),
  row(138005, 'APIError', 'after-window', 'Call rate limit'),
  row(138006, 'APIError', 'user-action', 'No approved call permission'),
  row(138007, 'APIError', 'transient', 'Connect timeout'),
  row(138009, 'APIError', 'after-window', 'Call permission request limit'),
  // 138012: 100 business-initiated calls per 24 h; `error_data` holds the next allowed time.
  row(138012, 'APIError', 'after-window', 'Business-initiated call limit'),
  row(138013, 'APIError', 'fix-request', 'Business-initiated calling not available'),
  row(138014, 'APIError', 'after-window', 'Calling temporarily disabled'),
  row(138015, 'APIError', 'fix-request', 'Calling cannot be enabled'),
  row(138017, 'APIError', 'fix-request', 'Permanent call permission already exists'),
  row(138018, 'APIError', 'fix-request', 'Calling prerequisites not met'),
  // 138019–138023: call setup, relay and media failures reported by webhook.
  row(138019, 'APIError', 'transient', 'Call setup failed'),
  row(138020, 'APIError', 'transient', 'Call relay failed'),
  row(138021, 'APIError', 'transient', 'Call media timeout'),
  row(138022, 'APIError', 'transient', 'Call media timeout'),
  row(138023, 'APIError', 'transient', 'No media signals'),
];
