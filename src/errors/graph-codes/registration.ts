/** Contract §7.3 — integrity, registration and phone-number state codes (reliability.md §4 for the classes). */

import type { GraphCodeLine } from './entry.js';

/** Rows of contract §7.3. @internal */
export const REGISTRATION_STATE: readonly GraphCodeLine[] = [
  '130497 APIError fix-request Business account is restricted from messaging users in this country',
  '131031 AccountLockedError user-action Account has been locked',
  // 131045: the number is not (correctly) registered — register it; no dedicated class in reliability.md §4.
  '131045 APIError fix-request Incorrect certificate',
  // 131057: maintenance, e.g. a throughput upgrade that takes up to a minute (contract §6).
  '131057 ServerError transient Account in maintenance mode',
  '131037 APIError user-action WhatsApp provided number needs display name approval before message can be sent',
  // 133000: the previous deregistration failed; deregister again before registering.
  '133000 RegistrationStateError fix-request Incomplete Deregistration',
  '133004 ServerError transient Server Temporarily Unavailable',
  // PIN codes are never retried (reliability.md G7): guessing locks the number.
  '133005 PinMismatchError user-action Two step verification PIN Mismatch',
  '133006 VerificationRequiredError fix-request Phone number re-verification needed',
  '133008 PinLockoutError after-window Too Many two step verification PIN Guesses',
  '133009 PinLockoutError after-window Two step verification PIN Guessed Too Fast',
  '133010 NotRegisteredError fix-request Phone number Not Registered',
  // 133015: a recently deleted number must wait 5 minutes before registering.
  '133015 RegistrationStateError after-window Please wait a few minutes before attempting to register this phone number',
  '2494100 ServerError transient Account is in maintenance mode',
  // 137000 arrives in status webhooks (contract §5): do not resend to that user until re-verified.
  '137000 IdentityMismatchError do-not-resend Identity key hash mismatch',
  // 136025 is only in Meta's legacy list (reliability.md §4): kept unknown-ish — plain APIError, not retried.
  '136025 APIError fix-request Verify code error',
];
