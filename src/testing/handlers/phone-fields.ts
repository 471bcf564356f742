import { codeVerificationStatus, displayPhoneNumber, isRegistered, newNameStatus } from '../state/phone-rules.js';
import type { SimPhoneNumber } from '../state/types.js';
import type { FieldGetters } from '../wire/fields.js';
import { graphTime } from '../wire/time.js';
import type { HandlerContext } from '../pipeline/context.js';
import { phoneHealth } from './health.js';

/** Fields returned without `fields=` (contract §3.1). @internal */
export const PHONE_DEFAULT_FIELDS = ['id', 'display_phone_number', 'verified_name', 'quality_rating'] as const;

/** ISO country of a few calling codes, for `country_code` (others: omitted). */
const COUNTRY_OF_CC: Readonly<Record<string, string>> = {
  '1': 'US', '7': 'RU', '27': 'ZA', '33': 'FR', '34': 'ES', '39': 'IT', '44': 'GB', '49': 'DE', '52': 'MX',
  '54': 'AR', '55': 'BR', '57': 'CO', '61': 'AU', '62': 'ID', '65': 'SG', '81': 'JP', '82': 'KR', '86': 'CN',
  '91': 'IN', '234': 'NG', '971': 'AE',
};

/** The automation object of §3.7 as Graph returns it. @internal */
export function automationWire(phone: SimPhoneNumber): Record<string, unknown> {
  return {
    prompts: [...phone.automation.prompts],
    commands: phone.automation.commands.map((command) => ({ ...command })),
    enable_welcome_message: phone.automation.enableWelcomeMessage,
  };
}

/**
 * Every readable field of the phone-number node (contract §3.1). `unified_cert_status` is deliberately absent:
 * Graph rejects it as a nonexisting field live (§8).
 * @internal
 */
export function phoneGetters(ctx: HandlerContext, phone: SimPhoneNumber): FieldGetters {
  const { store, now } = ctx;
  const waba = store.wabaOf(phone);
  const platform = () => phone.platformType;
  return {
    id: () => phone.id,
    display_phone_number: () => displayPhoneNumber(phone.cc, phone.nationalNumber),
    verified_name: () => phone.verifiedName,
    status: () => phone.status,
    quality_rating: () => phone.qualityRating,
    quality_score: () => ({ score: phone.qualityRating }),
    code_verification_status: () => codeVerificationStatus(phone, now),
    name_status: () => phone.nameStatus,
    new_display_name: () => phone.newDisplayName,
    new_name_status: () => newNameStatus(phone, now),
    certificate: () => phone.certificate,
    new_certificate: () => undefined,
    account_mode: () => phone.accountMode,
    platform_type: platform,
    host_platform: platform,
    throughput: () => ({ level: isRegistered(phone) ? phone.throughputLevel : 'NOT_APPLICABLE' }),
    whatsapp_business_manager_messaging_limit: () => waba.messagingLimit,
    messaging_limit_tier: () => phone.messagingLimitTier,
    is_official_business_account: () => phone.oba.status === 'APPROVED',
    official_business_account: () => ({ oba_status: phone.oba.status }),
    is_pin_enabled: () => phone.pin !== undefined,
    is_preverified_number: () => phone.isPreverified,
    is_on_biz_app: () => phone.isOnBizApp,
    last_onboarded_time: () => graphTime(phone.lastOnboardedAt),
    country_code: () => COUNTRY_OF_CC[phone.cc],
    country_dial_code: () => phone.cc,
    search_visibility: () => phone.searchVisibility,
    conversational_automation: () => automationWire(phone),
    webhook_configuration: () => webhookConfiguration(ctx, phone),
    health_status: () => phoneHealth(store, phone, ctx.token.appId),
  };
}

function webhookConfiguration(ctx: HandlerContext, phone: SimPhoneNumber): Record<string, unknown> {
  const waba = ctx.store.wabaOf(phone);
  const app = ctx.store.apps.get(ctx.token.appId);
  const out: Record<string, unknown> = {};
  if (phone.webhookOverrideUri !== undefined) out['phone_number'] = phone.webhookOverrideUri;
  const wabaOverride = waba.subscriptions.get(ctx.token.appId)?.overrideCallbackUri;
  if (wabaOverride !== undefined) out['whatsapp_business_account'] = wabaOverride;
  if (app?.callbackUrl !== undefined) out['application'] = app.callbackUrl;
  return out;
}
