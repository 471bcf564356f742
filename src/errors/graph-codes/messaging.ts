/** Contract §7.4 — messaging-side codes an SDK surfaces from sends, status webhooks and health checks. */

import { row, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.4. @internal */
export const MESSAGING: readonly GraphCodeRow[] = [
  row(130403, 'APIError', 'fix-request', 'Business has blocked the user'),
  row(130472, 'APIError', 'fix-request', "User's number is part of an experiment"),
  // 131000 and 131016 are Meta-side failures (HTTP 500 in the old table).
  row(131000, 'ServerError', 'transient', 'Something went wrong'),
  row(131005, 'APIError', 'user-action', 'Access denied'),
  row(131008, 'InvalidRequestError', 'fix-request', 'Required parameter is missing'),
  row(131009, 'InvalidRequestError', 'fix-request', 'Parameter value is not valid'),
  row(131016, 'ServerError', 'transient', 'Service unavailable'),
  row(131021, 'InvalidRequestError', 'fix-request', 'Recipient cannot be sender'),
  row(131026, 'APIError', 'do-not-resend', 'Message undeliverable'),
  row(131030, 'APIError', 'fix-request', 'Recipient phone number not in allowed list'),
  row(131042, 'APIError', 'user-action', 'Business eligibility payment issue'),
  row(131044, 'APIError', 'user-action', 'No valid payment method'),
  row(131047, 'APIError', 'fix-request', 'Re-engagement message'),
  // 131049: held back "to maintain healthy ecosystem engagement"; try again after ≥ 24 h.
  row(131049, 'APIError', 'after-window', 'Message not delivered to maintain healthy ecosystem engagement'),
  row(131050, 'APIError', 'do-not-resend', 'User has stopped marketing messages'),
  row(131051, 'InvalidRequestError', 'fix-request', 'Unsupported message type'),
  row(131052, 'APIError', 'fix-request', 'Media download error'),
  row(131053, 'APIError', 'fix-request', 'Media upload error'),
  row(131055, 'APIError', 'fix-request', 'Method not allowed'),
  row(131063, 'APIError', 'fix-request', 'Marketing templates disabled on Cloud API'),
  // 132xxx template errors: all "N"; parameter-shaped ones are InvalidRequest, state ones stay APIError.
  row(132000, 'InvalidRequestError', 'fix-request', 'Number of parameters does not match the expected number of params'),
  row(132001, 'APIError', 'fix-request', 'Template does not exist'),
  row(132005, 'InvalidRequestError', 'fix-request', 'Translated text too long'),
  row(132007, 'APIError', 'fix-request', 'Template format character policy violated'),
  row(132012, 'InvalidRequestError', 'fix-request', 'Template parameter format mismatch'),
  row(132015, 'APIError', 'fix-request', 'Template is paused'),
  row(132016, 'APIError', 'fix-request', 'Template is disabled'),
  row(132018, 'InvalidRequestError', 'fix-request', 'Template parameter validation failed'),
  row(132068, 'APIError', 'fix-request', 'Flow is in blocked state'),
  // 132069: a throttled flow may send 10 messages per hour.
  row(132069, 'APIError', 'after-window', 'Flow is in throttled state'),
  row(134011, 'APIError', 'user-action', 'Payments terms of service pending'),
  row(134100, 'APIError', 'fix-request', 'Marketing Messages API accepts marketing templates only'),
  // 134101: template syncing takes up to 10 minutes.
  row(134101, 'APIError', 'after-window', 'Template syncing'),
  // 134102: Marketing Messages API unavailable (HTTP 500); the contract's advice is "U".
  row(134102, 'ServerError', 'user-action', 'Marketing Messages API unavailable'),
  row(135000, 'APIError', 'fix-request', 'Generic user error'),
  row(1752041, 'APIError', 'fix-request', 'Duplicate Marketing Messages onboarding request'),
];
