/**
 * Contract §7.6 (and §3.9) — block-users codes 139100–139103 and calling codes 138xxx.
 *
 * The calling list gives a retry letter for some codes only; the others are read from the description:
 * configuration problems → fix-request, timeouts/connection errors → transient.
 */

import type { GraphCodeLine } from './entry.js';

/** Rows of contract §7.6 and §3.9. @internal */
export const BLOCK_CALLING: readonly GraphCodeLine[] = [
  // Block users (§3.9): synchronous, per-number errors.
  '139100 BlockUsersError fix-request Failed to block/unblock some users',
  '139101 BlockUsersError fix-request Blocklist limit reached',
  // 139102: the block list changed under a paginated read (version_id mismatch) — read it again.
  '139102 BlockUsersError transient Blocklist concurrent update',
  '139103 BlockUsersError transient Internal error',

  // Calling [D-CALL].
  '138000 APIError fix-request Calling not enabled',
  '138001 APIError fix-request Receiver is uncallable',
  '138002 APIError transient Concurrent calls limit',
  '138003 APIError after-window Duplicate call',
  '138004 APIError transient Connection error',
  '138005 APIError after-window Call rate limit',
  '138006 APIError user-action No approved call permission',
  '138007 APIError transient Connect timeout',
  '138009 APIError after-window Call permission request limit',
  // 138012: 100 business-initiated calls per 24 h; `error_data` holds the next allowed time.
  '138012 APIError after-window Business-initiated call limit',
  '138013 APIError fix-request Business-initiated calling not available',
  '138014 APIError after-window Calling temporarily disabled',
  '138015 APIError fix-request Calling cannot be enabled',
  '138017 APIError fix-request Permanent call permission already exists',
  '138018 APIError fix-request Calling prerequisites not met',
  // 138019–138023: call setup, relay and media failures reported by webhook.
  '138019 APIError transient Call setup failed',
  '138020 APIError transient Call relay failed',
  '138021 APIError transient Call media timeout',
  '138022 APIError transient Call media timeout',
  '138023 APIError transient No media signals',
];
