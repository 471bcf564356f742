/**
 * Meta's titles of the catalog's codes (contract §7), apart from the classification (`graph-codes/*.ts`): the error
 * mapping of a core client needs only the class and the advice, so a handler built on `WabaCore` does not ship the
 * 117 titles (3.5 kB minified, 1.4 kB gzip; issue #12). `lookupGraphCode()`, `WabaClient`'s errors and webhook
 * errors still carry them. English and informative only — never map on a title.
 */

/** Title of every code with its own row. @internal */
const TITLES: Readonly<Record<number, string>> = {
  // Contract §7.2 Graph, authorization and throttling.
  0: 'AuthException',
  102: 'API Session',
  190: 'Access token has expired',
  1: 'API Unknown',
  2: 'API Service',
  3: 'API Method',
  10: 'Permission Denied',
  200: 'API Permission',
  368: 'Temporarily blocked for policies violations',
  33: 'Parameter value is not valid',
  100: 'Invalid parameter',
  506: 'Duplicate Post',
  4: 'API Too Many Calls',
  17: 'API User Too Many Calls',
  32: 'Page request limit reached',
  341: 'Application limit reached',
  613: 'Calls to this api have exceeded the rate limit',
  80007: 'Rate limit issues',
  80008: 'WhatsApp Business Management API business use case limit',
  130429: 'Rate limit hit',
  131048: 'Spam rate limit hit',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  131064: 'Template classification violation limit',
  133016: 'Account register deregister rate limit exceeded',
  // Contract §7.3 integrity, registration and phone-number state.
  130497: 'Business account is restricted from messaging users in this country',
  131031: 'Account has been locked',
  131045: 'Incorrect certificate',
  131057: 'Account in maintenance mode',
  131037: 'WhatsApp provided number needs display name approval before message can be sent',
  133000: 'Incomplete Deregistration',
  133004: 'Server Temporarily Unavailable',
  133005: 'Two step verification PIN Mismatch',
  133006: 'Phone number re-verification needed',
  133008: 'Too Many two step verification PIN Guesses',
  133009: 'Two step verification PIN Guessed Too Fast',
  133010: 'Phone number Not Registered',
  133015: 'Please wait a few minutes before attempting to register this phone number',
  2494100: 'Account is in maintenance mode',
  137000: 'Identity key hash mismatch',
  136025: 'Verify code error',
  // Contract §7.4 messaging.
  130403: 'Business has blocked the user',
  130472: "User's number is part of an experiment",
  131000: 'Something went wrong',
  131005: 'Access denied',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131016: 'Service unavailable',
  131021: 'Recipient cannot be sender',
  131026: 'Message undeliverable',
  131030: 'Recipient phone number not in allowed list',
  131042: 'Business eligibility payment issue',
  131044: 'No valid payment method',
  131047: 'Re-engagement message',
  131049: 'Message not delivered to maintain healthy ecosystem engagement',
  131050: 'User has stopped marketing messages',
  131051: 'Unsupported message type',
  131052: 'Media download error',
  131053: 'Media upload error',
  131055: 'Method not allowed',
  131063: 'Marketing templates disabled on Cloud API',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template does not exist',
  132005: 'Translated text too long',
  132007: 'Template format character policy violated',
  132012: 'Template parameter format mismatch',
  132015: 'Template is paused',
  132016: 'Template is disabled',
  132018: 'Template parameter validation failed',
  132068: 'Flow is in blocked state',
  132069: 'Flow is in throttled state',
  134011: 'Payments terms of service pending',
  134100: 'Marketing Messages API accepts marketing templates only',
  134101: 'Template syncing',
  134102: 'Marketing Messages API unavailable',
  135000: 'Generic user error',
  1752041: 'Duplicate Marketing Messages onboarding request',
  // Contract §7.5 templates and migration.
  2388012: 'Phone number already in your list',
  2388091: 'Phone number not eligible to receive verification code',
  2388093: 'Phone number not eligible to verify code',
  2388103: 'Migration blocked',
  2388019: 'Message template count limit reached',
  2388039: 'Template status cannot be changed',
  2388040: 'Template character limit exceeded',
  2388047: 'Template header format incorrect',
  2388072: 'Template body format incorrect',
  2388073: 'Template footer format incorrect',
  2388293: 'Template variable-to-text ratio exceeded',
  2388299: 'Template has leading or trailing variables',
  2593107: 'Sync API called more than once',
  2593108: 'Sync API called more than 24 hours after onboarding',
  200005: 'Template insights unavailable',
  200006: 'Template insights cannot be disabled',
  200007: 'Template insights not enabled',
  // Contract §7.6 block users and calling.
  139100: 'Failed to block/unblock some users',
  139101: 'Blocklist limit reached',
  139102: 'Blocklist concurrent update',
  139103: 'Internal error',
  138000: 'Calling not enabled',
  138001: 'Receiver is uncallable',
  138002: 'Concurrent calls limit',
  138003: 'Duplicate call',
  138004: 'Connection error',
  138005: 'Call rate limit',
  138006: 'No approved call permission',
  138007: 'Connect timeout',
  138009: 'Call permission request limit',
  138012: 'Business-initiated call limit',
  138013: 'Business-initiated calling not available',
  138014: 'Calling temporarily disabled',
  138015: 'Calling cannot be enabled',
  138017: 'Permanent call permission already exists',
  138018: 'Calling prerequisites not met',
  138019: 'Call setup failed',
  138020: 'Call relay failed',
  138021: 'Call media timeout',
  138022: 'Call media timeout',
  138023: 'No media signals',
};

/**
 * Meta's title of a Graph error code, ranges included (200–299, 80000–80014, 2388xxx); `undefined` for a code the
 * catalog does not know. Pure; never throws.
 *
 * @example
 * graphCodeTitle(133010); // 'Phone number Not Registered'
 */
export function graphCodeTitle(code: number): string | undefined {
  if (Object.hasOwn(TITLES, code)) return TITLES[code];
  if (code > 200 && code <= 299) return 'API Permission';
  if (code >= 80000 && code <= 80014) return 'Business use case rate limit reached';
  if (code >= 2388000 && code <= 2388999) return 'Migration error';
  return undefined;
}
