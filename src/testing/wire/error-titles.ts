/**
 * Titles and HTTP statuses of the Graph codes the simulator answers with (contract §7). Titles are Meta's
 * (copied from the contract tables); the status is the contract's "HTTP old" column — 400 for almost
 * everything, throttling included (§7.1).
 */

/** @internal */
export const TITLES: Readonly<Record<number, string>> = {
  0: 'AuthException',
  1: 'An unknown error has occurred.',
  2: 'Service temporarily unavailable',
  4: 'Application request limit reached',
  10: 'Permission Denied',
  33: 'Parameter value is not valid',
  100: 'Invalid parameter',
  190: 'Invalid OAuth access token',
  200: 'Permissions error',
  2500: 'Unknown path components',
  80008: 'There have been too many calls to this WhatsApp Business account. Wait a bit and try again.',
  130429: 'Rate limit hit',
  131000: 'Something went wrong',
  131009: 'Parameter value is not valid',
  131021: 'Recipient cannot be sender',
  131031: 'Account has been locked',
  131047: 'Re-engagement message',
  133000: 'Incomplete Deregistration',
  133004: 'Server Temporarily Unavailable',
  133005: 'Two step verification PIN Mismatch',
  133006: 'Phone number re-verification needed',
  133008: 'Too Many two step verification PIN Guesses',
  133009: 'Two step verification PIN Guessed Too Fast',
  133010: 'Phone number Not Registered',
  133015: 'Please wait a few minutes before attempting to register this phone number',
  133016: 'Account register deregister rate limit exceeded',
  136024: 'Request code error',
  136025: 'Verify code error',
  137000: 'Identity key hash mismatch',
  139100: 'Failed to block/unblock users',
  139101: 'Blocklist limit reached',
  2388012: 'Phone number already in your list',
  2388103: 'Migration blocked',
};

/** Codes Graph sends as transient (`is_transient: true`). @internal */
export const TRANSIENT = new Set([1, 2, 131000, 133004]);

/**
 * HTTP status per the contract's old column (§7.1): 401 auth, 403 permission, 500/503 server, 404 for 132001,
 * 400 otherwise.
 * @internal
 */
export function httpStatusFor(code: number): number {
  if (code === 0 || code === 102 || code === 190) return 401;
  if (code === 10 || (code >= 200 && code <= 299) || code === 368 || code === 131031 || code === 131005) return 403;
  if (code === 2 || code === 133004) return 503;
  if (code === 3 || code === 131000 || code === 131016 || code === 131045 || code === 131057 || code === 133000) return 500;
  if (code === 132001) return 404;
  return 400;
}
