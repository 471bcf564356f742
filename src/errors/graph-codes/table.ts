/**
 * Every code of contract §7 with its own row, one line per way of handling it (class, retry advice, throttle
 * scope): the question the table answers is "how is code X handled". Each code's section is in its comment — §7.2
 * Graph, authorization and throttling; §7.3 integrity, registration and number state; §7.4 messaging; §7.5
 * templates, migration, coexistence sync and insights; §7.6 block users (§3.9) and calling — and the tests check
 * every code against the contract table section by section (test/errors/fixtures/contract-codes.ts). One table
 * rather than one per section: a class and advice that recur across sections are written once, which is smaller in
 * every bundle that maps Graph codes (issue #12). The ranges (200–299, 80000–80014, 2388xxx) are in `ranges.ts`.
 */

import { rows, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.2–§7.6. @internal */
export const GRAPH_CODE_ROWS: readonly GraphCodeRow[] = [
  // §7.2 authentication (HTTP 401 in the old table): a new token is needed; retrying with the same one cannot help.
  ...rows([0, 102, 190], 'AuthenticationError', 'user-action'),

  // §7.2 permissions. 3 is "N/U" in the contract; it is a capability problem someone must grant → user-action.
  ...rows([3, 10], 'PermissionError', 'user-action'),
  // §7.2: 200 alone is "N" ("Provide valid app ID": the request lacks a token); the rest of 200–299 is "U".
  ...rows([200], 'PermissionError', 'fix-request'),
  ...rows([368], 'PolicyBlockError', 'user-action'), // §7.2

  ...rows([
    33, 100, 506, // §7.2 parameters
    131008, 131009, 131021, 131051, // §7.4
    // §7.4 132xxx template errors: all "N"; parameter-shaped ones are InvalidRequest, state ones stay APIError.
    132000, 132005, 132012, 132018,
    // §7.5: template codes share the 2388xxx prefix but have nothing to do with migration: they are request errors.
    2388019, 2388039, 2388040, 2388047, 2388072, 2388073, 2388293, 2388299,
  ], 'InvalidRequestError', 'fix-request'),

  // §7.2 throttles: Graph sends them as HTTP 400, so they are mapped by code, never by status (contract §7.1).
  ...rows([4, 341], 'RateLimitError', 'after-window', 'app'),
  ...rows([17], 'RateLimitError', 'after-window', 'user'),
  // 32 is not in contract §7.2; reliability.md §4 and G4 list it as the page-level throttle.
  ...rows([32], 'RateLimitError', 'after-window', 'page'),
  ...rows([613], 'RateLimitError', 'after-window', 'custom'),
  ...rows([80007], 'RateLimitError', 'after-window', 'waba'),
  ...rows([80008], 'RateLimitError', 'after-window', 'business-use-case'),
  // §7.2: 130429 is "T/W": throughput and block-users volume. Treated as a throttle so the guard cools the scope down.
  ...rows([130429], 'RateLimitError', 'after-window', 'throughput'),
  ...rows([131048], 'RateLimitError', 'after-window', 'spam'),
  ...rows([131056], 'RateLimitError', 'after-window', 'pair'),
  // §7.2: 131064 limits template/direct sends for a business while an enforcement lasts; no documented budget.
  ...rows([131064], 'RateLimitError', 'after-window', 'unknown'),
  // §7.2: 133016: 10 (de)registrations per number per 72 h; blocked 72 h (contract §6).
  ...rows([133016], 'RegistrationRateLimitError', 'after-window', 'registration'),

  ...rows([
    1, 2, // §7.2 server side. Code 1 is "T (once), then N": the retry policy's attempt limit gives the "once".
    131057, // §7.3 maintenance, e.g. a throughput upgrade that takes up to a minute (contract §6)
    133004, 2494100, // §7.3
    131000, 131016, // §7.4 Meta-side failures (HTTP 500 in the old table)
  ], 'ServerError', 'transient'),
  // §7.4: 134102: Marketing Messages API unavailable (HTTP 500); the contract's advice is "U".
  ...rows([134102], 'ServerError', 'user-action'),

  // §7.3 registration and number state.
  ...rows([131031], 'AccountLockedError', 'user-action'),
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

  // §7.5 migration (POST /{WABA_ID}/phone_numbers with migrate_phone_number: true): read `details` for the reason.
  // 2388091/2388093: not a migration at all — register the number normally. 2388103 is "N except 'error migrating'
  // = T"; from-response refines the advice on `details`.
  ...rows([2388012, 2388091, 2388093, 2388103], 'MigrationError', 'fix-request'),

  // §7.6 block users (§3.9): synchronous, per-number errors.
  ...rows([139100, 139101], 'BlockUsersError', 'fix-request'),
  // 139102: the block list changed under a paginated read (version_id mismatch) — read it again.
  ...rows([139102, 139103], 'BlockUsersError', 'transient'),

  // Codes with no class of their own.
  ...rows([
    130497, // §7.3
    131045, // §7.3 the number is not (correctly) registered — register it; no dedicated class in reliability.md §4
    136025, // §7.3 only in Meta's legacy list (reliability.md §4): kept unknown-ish — plain APIError, not retried
    130403, 130472, 131030, 131047, 131052, 131053, 131055, 131063, // §7.4
    132001, 132007, 132015, 132016, 132068, 134100, 135000, 1752041, // §7.4
    2593107, 2593108, // §7.5 coexistence sync API
    200005, 200006, 200007, // §7.5 template insights
    138000, 138001, 138013, 138015, 138017, 138018, // §7.6 calling [D-CALL]
  ], 'APIError', 'fix-request'),
  ...rows([
    131037, // §7.3
    131005, 131042, 131044, 134011, // §7.4
    138006, // §7.6
  ], 'APIError', 'user-action'),
  ...rows([131026, 131050], 'APIError', 'do-not-resend'), // §7.4
  ...rows([
    131049, // §7.4 held back "to maintain healthy ecosystem engagement"; try again after ≥ 24 h
    132069, // §7.4 a throttled flow may send 10 messages per hour
    134101, // §7.4 template syncing takes up to 10 minutes
    // §7.6 calling; 138012: 100 business-initiated calls per 24 h, `error_data` holds the next allowed time.
    138003, 138005, 138009, 138012, 138014,
  ], 'APIError', 'after-window'),
  ...rows([
    // §7.6 calling: the list gives a retry letter for some codes only; the others are read from the description
    // (configuration problems → fix-request, timeouts and connection errors → transient). 138019–138023: call
    // setup, relay and media failures reported by webhook.
    138002, 138004, 138007, 138019, 138020, 138021, 138022, 138023,
  ], 'APIError', 'transient'),
];
