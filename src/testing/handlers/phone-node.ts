import { isRegistered, NAME_CHANGE_LIMIT, NAME_CHANGE_WINDOW_MS, within } from '../state/phone-rules.js';
import type { SimPhoneNumber } from '../state/types.js';
import { parseFields, selectFields } from '../wire/fields.js';
import { graphError, invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { PHONE_DEFAULT_FIELDS, phoneGetters } from './phone-fields.js';

/**
 * `GET /{phone}` (fields, contract §3.1) and `POST /{phone}` (two-step PIN, display-name change, webhook
 * override, search visibility — §3.2).
 * @internal
 */

const PIN = /^[0-9]{6}$/;

function read(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const fields = parseFields(ctx.params.string('fields'));
  return ok(selectFields(phoneGetters(ctx, phone), fields, PHONE_DEFAULT_FIELDS, 'WhatsAppBusinessPhoneNumber'));
}

/** Sets or changes the two-step PIN; no old PIN needed (domain.md). Needs a registered number (133010). */
function setPin(phone: SimPhoneNumber, pin: string): void {
  if (!PIN.test(pin)) throw invalidParam('Param pin must be a string of 6 digits');
  if (!isRegistered(phone)) {
    throw graphError(133010, 'The phone number must be registered before its two-step verification PIN can be set.');
  }
  phone.pin = pin;
  phone.pinFailures = [];
  phone.lastPinFailureAt = undefined;
}

/**
 * Requests a display-name change: `new_name_status` becomes PENDING_REVIEW until `sim.review` decides. At most
 * 10 requests per 30 days ([D-DN]); Meta documents the limit but no code — the simulator answers (#100) with
 * details.
 */
function requestNameChange(ctx: HandlerContext, phone: SimPhoneNumber, name: string): void {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 75) {
    throw invalidParam('Param new_display_name must be 1 to 75 characters long');
  }
  const recent = within(phone.displayNameChanges, ctx.now, NAME_CHANGE_WINDOW_MS);
  if (recent.length >= NAME_CHANGE_LIMIT) {
    throw invalidParam(
      `Display name change limit reached: at most ${NAME_CHANGE_LIMIT} changes per 30 days for this phone number`,
    );
  }
  phone.displayNameChanges = [...recent, ctx.now];
  phone.newDisplayName = trimmed;
  phone.newNameStatus = 'PENDING_REVIEW';
  phone.nameDecidedAt = undefined;
}

/** Phone-level webhook override ([D-WHO]): needs the app subscribed on the WABA; `""` removes it. */
function setWebhookOverride(ctx: HandlerContext, phone: SimPhoneNumber, config: Record<string, unknown>): void {
  const uri = config['override_callback_uri'];
  if (typeof uri !== 'string') throw invalidParam('Param webhook_configuration[override_callback_uri] must be a string');
  if (uri === '') {
    phone.webhookOverrideUri = undefined;
    return;
  }
  if (uri.length > 200 || !/^https:\/\//.test(uri)) {
    throw invalidParam('Param webhook_configuration[override_callback_uri] must be an https URL of at most 200 characters');
  }
  if (typeof config['verify_token'] !== 'string' || config['verify_token'] === '') {
    throw invalidParam('Param webhook_configuration[verify_token] is required with override_callback_uri');
  }
  if (!ctx.store.wabaOf(phone).subscriptions.has(ctx.token.appId)) {
    throw invalidParam('The app must be subscribed to the WhatsApp Business Account (POST /{waba-id}/subscribed_apps) first');
  }
  phone.webhookOverrideUri = uri;
}

function update(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const { params } = ctx;
  const pin = params.string('pin');
  const name = params.string('new_display_name');
  const webhook = params.object('webhook_configuration');
  const visibility = params.oneOf('search_visibility', ['VISIBLE', 'HIDDEN'] as const);
  if (pin === undefined && name === undefined && webhook === undefined && visibility === undefined) {
    throw invalidParam(
      'Expected one of pin, new_display_name, webhook_configuration, search_visibility',
      'The parameter pin is required',
    );
  }
  if (pin !== undefined) setPin(phone, pin);
  if (name !== undefined) requestNameChange(ctx, phone, name);
  if (webhook !== undefined) setWebhookOverride(ctx, phone, webhook);
  if (visibility !== undefined) phone.searchVisibility = visibility;
  return success();
}

/** @internal */
export const phoneNodeRoutes: EdgeRoutes<SimPhoneNumber> = { GET: read, POST: update };
