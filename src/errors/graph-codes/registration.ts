/** Contract §7.3 — integrity, registration and phone-number state codes (reliability.md §4 for the classes). */

import { row, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.3. @internal */
export const REGISTRATION_STATE: readonly GraphCodeRow[] = [
  row(130497, 'APIError', 'fix-request', 'Business account is restricted from messaging users in this country'),
  row(131031, 'AccountLockedError', 'user-action', 'Account has been locked'),
  // 131045: the number is not (correctly) registered — register it; no dedicated class in reliability.md §4.
  row(131045, 'APIError', 'fix-request', 'Incorrect certificate'),
  // 131057: maintenance, e.g. a throughput upgrade that takes up to a minute (contract §6).
  row(131057, 'ServerError', 'transient', 'Account in maintenance mode'),
  row(131037, 'APIError', 'user-action', 'WhatsApp provided number needs display name approval before message can be sent'),
  // 133000: the previous deregistration failed; deregister again before registering.
  row(133000, 'RegistrationStateError', 'fix-request', 'Incomplete Deregistration'),
  row(133004, 'ServerError', 'transient', 'Server Temporarily Unavailable'),
  // PIN codes are never retried (reliability.md G7): guessing locks the number.
  row(133005, 'PinMismatchError', 'user-action', 'Two step verification PIN Mismatch'),
  row(133006, 'VerificationRequiredError', 'fix-request', 'Phone number re-verification needed'),
  row(133008, 'PinLockoutError', 'after-window', 'Too Many two step verification PIN Guesses'),
  row(133009, 'PinLockoutError', 'after-window', 'Two step verification PIN Guessed Too Fast'),
  row(133010, 'NotRegisteredError', 'fix-request', 'Phone number Not Registered'),
  // 133015: a recently deleted number must wait 5 minutes before registering.
  row(133015, 'RegistrationStateError', 'after-window', 'Please wait a few minutes before attempting to register this phone number'),
  row(2494100, 'ServerError', 'transient', 'Account is in maintenance mode'),
  // 137000 arrives in status webhooks (contract §5): do not resend to that user until re-verified.
  row(137000, 'IdentityMismatchError', 'do-not-resend', 'Identity key hash mismatch'),
  // 136025 is only in Meta's legacy list (reliability.md §4): kept unknown-ish — plain APIError, not retried.
  row(136025, 'APIError', 'fix-request', 'Verify code error'),
];
