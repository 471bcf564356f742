/** Contract §7.4 — messaging-side codes an SDK surfaces from sends, status webhooks and health checks. */

import { rows, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.4. @internal */
export const MESSAGING: readonly GraphCodeRow[] = [
  // 132xxx template errors: all "N"; parameter-shaped ones are InvalidRequest, state ones stay APIError.
  ...rows([131008, 131009, 131021, 131051, 132000, 132005, 132012, 132018], 'InvalidRequestError', 'fix-request'),
  ...rows([
    130403, 130472, 131030, 131047, 131052, 131053, 131055, 131063,
    132001, 132007, 132015, 132016, 132068, 134100, 135000, 1752041,
  ], 'APIError', 'fix-request'),
  ...rows([131005, 131042, 131044, 134011], 'APIError', 'user-action'),
  ...rows([131026, 131050], 'APIError', 'do-not-resend'),
  ...rows([
    // 131049: held back "to maintain healthy ecosystem engagement"; try again after ≥ 24 h.
    131049,
    // 132069: a throttled flow may send 10 messages per hour.
    132069,
    // 134101: template syncing takes up to 10 minutes.
    134101,
  ], 'APIError', 'after-window'),
  // 131000 and 131016 are Meta-side failures (HTTP 500 in the old table).
  ...rows([131000, 131016], 'ServerError', 'transient'),
  // 134102: Marketing Messages API unavailable (HTTP 500); the contract's advice is "U".
  ...rows([134102], 'ServerError', 'user-action'),
];
