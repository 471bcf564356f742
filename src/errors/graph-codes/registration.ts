/** Contract §7.3 — integrity, registration and phone-number state codes (reliability.md §4 for the classes). */

import { row, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.3. @internal */
export const REGISTRATION_STATE: readonly GraphCodeRow[] = [
  row(130497, 'APIError', 'fix-request'),
  row(131031, 'AccountLockedError', 'user-action'),
  // 131045: the number is not (correctly) registered — register it; no dedicated class in reliability.md §4.
  row(131045, 'APIError', 'fix-request'),
  // 131057: maintenance, e.g. a throughput upgrade that takes up to a minute (contract §6).
  row(131057, 'ServerError', 'transient'),
  row(131037, 'APIError', 'user-action'),
  // 133000: the previous deregistration failed; deregister again before registering.
  row(133000, 'RegistrationStateError', 'fix-request'),
  row(133004, 'ServerError', 'transient'),
  // PIN codes are never retried (reliability.md G7): guessing locks the number.
  row(133005, 'PinMismatchError', 'user-action'),
  row(133006, 'VerificationRequiredError', 'fix-request'),
  row(133008, 'PinLockoutError', 'after-window'),
  row(133009, 'PinLockoutError', 'after-window'),
  row(133010, 'NotRegisteredError', 'fix-request'),
  // 133015: a recently deleted number must wait 5 minutes before registering.
  row(133015, 'RegistrationStateError', 'after-window'),
  row(2494100, 'ServerError', 'transient'),
  // 137000 arrives in status webhooks (contract §5): do not resend to that user until re-verified.
  row(137000, 'IdentityMismatchError', 'do-not-resend'),
  // 136025 is only in Meta's legacy list (reliability.md §4): kept unknown-ish — plain APIError, not retried.
  row(136025, 'APIError', 'fix-request'),
];
