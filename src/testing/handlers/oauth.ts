import type { SimStore } from '../state/store.js';
import type { SimToken } from '../state/types.js';
import { SimGraphError, invalidParam } from '../wire/graph-error.js';
import type { Params } from '../wire/params.js';
import type { RandomStreams } from '../random.js';
import { ok, type HandlerResult } from '../pipeline/context.js';

/**
 * Embedded Signup helpers (contract §4.3): `/oauth/access_token` with `client_id`, `client_secret`, `code` (GET query
 * or POST form, as Graph accepts both) exchanges a
 * code from `sim.embeddedSignup.issueCode` (valid 30 s of simulator time, single use) for a business token
 * scoped to the WABA; `GET /debug_token?input_token` (sent directly or inside a batch, see `pipeline/batch.ts`) shows
 * that token's `granular_scopes`. Error codes follow
 * Graph's OAuth answers: 101 unknown app, 1 wrong secret, 100 for a bad, used (subcode 36009) or expired
 * (subcode 36007) code. Secrets and codes are never echoed.
 * @internal
 */

function oauthError(code: number, message: string, subcode?: number): SimGraphError {
  return new SimGraphError({ code, message, isTransient: false, ...(subcode === undefined ? {} : { subcode }) });
}

/** @internal */
export function exchangeCode(store: SimStore, params: Params, random: RandomStreams, now: number): HandlerResult {
  const clientId = params.string('client_id');
  if (clientId === undefined || clientId === '') throw oauthError(101, 'Missing client_id parameter.');
  const app = store.apps.get(clientId);
  if (!app) throw oauthError(101, 'Error validating application. Invalid application ID.');
  if (params.string('client_secret') !== app.secret) throw oauthError(1, 'Error validating client secret.');
  const code = params.string('code');
  if (code === undefined || code === '') throw invalidParam('The parameter code is required', 'The parameter code is required');
  const record = store.signupCodes.get(code);
  if (!record || record.appId !== app.id) throw oauthError(100, 'Invalid verification code format.');
  if (record.used) throw oauthError(100, 'This authorization code has been used.', 36009);
  if (now - record.issuedAt > record.ttlMs) {
    throw oauthError(100, 'This authorization code has expired. Codes from Embedded Signup are valid for 30 seconds.', 36007);
  }
  record.used = true;
  const value = random.ids.opaque('EAAG', 120);
  const token: SimToken = {
    value,
    appId: app.id,
    type: 'SYSTEM_USER',
    userId: random.ids.graphId(),
    wabaIds: new Set([record.wabaId]),
    scopes: ['whatsapp_business_management', 'whatsapp_business_messaging', 'business_management'],
  };
  store.tokens.set(value, token);
  return ok({ access_token: value, token_type: 'bearer' });
}

/** @internal */
export function debugToken(store: SimStore, params: Params): HandlerResult {
  const input = params.required('input_token');
  const token = store.tokens.get(input);
  if (!token) {
    return ok({ data: { is_valid: false, scopes: [], error: { code: 190, message: 'Invalid OAuth access token.' } } });
  }
  const app = store.apps.get(token.appId);
  const targets = token.wabaIds ? { target_ids: [...token.wabaIds] } : {};
  const businessIds = token.wabaIds
    ? [...new Set([...token.wabaIds].map((id) => store.wabas.get(id)?.businessId).filter((id) => id !== undefined))]
    : undefined;
  return ok({
    data: {
      app_id: token.appId,
      type: token.type,
      application: app?.name ?? 'Simulated App',
      data_access_expires_at: 0,
      expires_at: 0,
      is_valid: true,
      scopes: [...token.scopes],
      granular_scopes: [
        { scope: 'whatsapp_business_management', ...targets },
        { scope: 'whatsapp_business_messaging', ...targets },
        { scope: 'business_management', ...(businessIds ? { target_ids: businessIds } : {}) },
      ],
      user_id: token.userId,
    },
  });
}
