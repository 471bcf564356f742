/** Contract §7.4 — messaging-side codes an SDK surfaces from sends, status webhooks and health checks. */

import { row, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.4. @internal */
export const MESSAGING: readonly GraphCodeRow[] = [
  row(130403, 'APIError', 'fix-request'),
  row(130472, 'APIError', 'fix-request'),
  // 131000 and 131016 are Meta-side failures (HTTP 500 in the old table).
  row(131000, 'ServerError', 'transient'),
  row(131005, 'APIError', 'user-action'),
  row(131008, 'InvalidRequestError', 'fix-request'),
  row(131009, 'InvalidRequestError', 'fix-request'),
  row(131016, 'ServerError', 'transient'),
  row(131021, 'InvalidRequestError', 'fix-request'),
  row(131026, 'APIError', 'do-not-resend'),
  row(131030, 'APIError', 'fix-request'),
  row(131042, 'APIError', 'user-action'),
  row(131044, 'APIError', 'user-action'),
  row(131047, 'APIError', 'fix-request'),
  // 131049: held back "to maintain healthy ecosystem engagement"; try again after ≥ 24 h.
  row(131049, 'APIError', 'after-window'),
  row(131050, 'APIError', 'do-not-resend'),
  row(131051, 'InvalidRequestError', 'fix-request'),
  row(131052, 'APIError', 'fix-request'),
  row(131053, 'APIError', 'fix-request'),
  row(131055, 'APIError', 'fix-request'),
  row(131063, 'APIError', 'fix-request'),
  // 132xxx template errors: all "N"; parameter-shaped ones are InvalidRequest, state ones stay APIError.
  row(132000, 'InvalidRequestError', 'fix-request'),
  row(132001, 'APIError', 'fix-request'),
  row(132005, 'InvalidRequestError', 'fix-request'),
  row(132007, 'APIError', 'fix-request'),
  row(132012, 'InvalidRequestError', 'fix-request'),
  row(132015, 'APIError', 'fix-request'),
  row(132016, 'APIError', 'fix-request'),
  row(132018, 'InvalidRequestError', 'fix-request'),
  row(132068, 'APIError', 'fix-request'),
  // 132069: a throttled flow may send 10 messages per hour.
  row(132069, 'APIError', 'after-window'),
  row(134011, 'APIError', 'user-action'),
  row(134100, 'APIError', 'fix-request'),
  // 134101: template syncing takes up to 10 minutes.
  row(134101, 'APIError', 'after-window'),
  // 134102: Marketing Messages API unavailable (HTTP 500); the contract's advice is "U".
  row(134102, 'ServerError', 'user-action'),
  row(135000, 'APIError', 'fix-request'),
  row(1752041, 'APIError', 'fix-request'),
];
