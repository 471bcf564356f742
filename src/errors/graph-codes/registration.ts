/** Contract §7.3 — integrity, registration and phone-number state codes (reliability.md §4 for the classes). */

import { rows, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.3. @internal */
export const REGISTRATION_STATE: readonly GraphCodeRow[] = [
  ...rows([131031], 'AccountLockedError', 'user-action'),
  ...rows([
    130497,
    // 131045: the number is not (correctly) registered — register it; no dedicated class in reliability.md §4.
    131045,
    // 136025 is only in Meta's legacy list (reliability.md §4): kept unknown-ish — plain APIError, not retried.
    136025,
  ], 'APIError', 'fix-request'),
  ...rows([131037], 'APIError', 'user-action'),
  // 131057: maintenance, e.g. a throughput upgrade that takes up to a minute (contract §6).
  ...rows([131057, 133004, 2494100], 'ServerError', 'transient'),
  // 133000: the previous deregistration failed; deregister again before registering.
  ...rows([133000], 'RegistrationStateError', 'fix-request'),
  // 133015: a recently deleted number must wait 5 minutes before registering.
  ...rows([133015], 'RegistrationStateError', 'after-window'),
  // PIN codes are never retried (reliability.md G7): guessing locks the number.
  ...rows([133005], 'PinMismatchError', 'user-action'),
  ...rows([133006], 'VerificationRequiredError', 'fix-request'),
  ...rows([133008, 133009], 'PinLockoutError', 'after-window'),
  ...rows([133010], 'NotRegisteredError', 'fix-request'),
  // 137000 arrives in status webhooks (contract §5): do not resend to that user until re-verified.
  ...rows([137000], 'IdentityMismatchError', 'do-not-resend'),
];
