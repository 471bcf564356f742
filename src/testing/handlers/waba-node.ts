import type { SimWaba } from '../state/types.js';
import { parseFields, selectFields, type FieldGetters } from '../wire/fields.js';
import { invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { wabaHealth } from './health.js';

/**
 * `GET|POST /{waba}` (contract §4.1): field selection over the [SDKGEN] field list (unknown field → (#100)
 * nonexisting field) and the three boolean settings of the official POST params.
 * @internal
 */

const DEFAULT_FIELDS = ['id', 'name'];

/** Every readable WABA field. @internal */
export function wabaGetters(ctx: HandlerContext, waba: SimWaba): FieldGetters {
  const business = ctx.store.businessOf(waba);
  const owner = () => ({ id: business.id, name: business.name });
  return {
    id: () => waba.id,
    name: () => waba.name,
    timezone_id: () => waba.timezoneId,
    message_template_namespace: () => waba.messageTemplateNamespace,
    currency: () => waba.currency,
    country: () => waba.country,
    account_review_status: () => waba.accountReviewStatus,
    business_verification_status: () => (business.verified ? 'verified' : 'not_verified'),
    ownership_type: () => waba.ownershipType,
    primary_business_location: () => waba.country,
    primary_funding_id: () => undefined,
    purchase_order_number: () => undefined,
    on_behalf_of_business_info: () => undefined,
    owner_business: owner,
    owner_business_info: owner,
    status: () => 'ACTIVE',
    creation_time: () => Math.floor(waba.createdAt / 1000),
    health_status: () => wabaHealth(ctx.store, waba, ctx.token.appId),
    is_enabled_for_insights: () => waba.isEnabledForInsights,
    is_shared_with_partners: () => false,
    linked_commerce_account: () => undefined,
    auth_international_rate_eligibility: () => undefined,
    analytics: () => undefined,
    disable_marketing_messages_on_cloud_api: () => waba.disableMarketingMessagesOnCloudApi,
    template_auto_archival_enabled: () => waba.templateAutoArchivalEnabled,
    marketing_messages_lite_api_status: () => undefined,
    marketing_messages_onboarding_status: () => waba.marketingMessagesOnboardingStatus,
    whatsapp_business_manager_messaging_limit: () => waba.messagingLimit,
  };
}

function read(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  const fields = parseFields(ctx.params.string('fields'));
  return ok(selectFields(wabaGetters(ctx, waba), fields, DEFAULT_FIELDS, 'WhatsAppBusinessAccount'));
}

function update(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  const { params } = ctx;
  const insights = params.bool('is_enabled_for_insights');
  const marketing = params.bool('disable_marketing_messages_on_cloud_api');
  const archival = params.bool('template_auto_archival_enabled');
  const known = insights !== undefined || marketing !== undefined || archival !== undefined || params.has('degrees_of_freedom_spec');
  if (!known) {
    throw invalidParam(
      'Expected one of is_enabled_for_insights, disable_marketing_messages_on_cloud_api, template_auto_archival_enabled, degrees_of_freedom_spec',
    );
  }
  if (insights !== undefined) waba.isEnabledForInsights = insights;
  if (marketing !== undefined) waba.disableMarketingMessagesOnCloudApi = marketing;
  if (archival !== undefined) waba.templateAutoArchivalEnabled = archival;
  return success();
}

/** @internal */
export const wabaNodeRoutes: EdgeRoutes<SimWaba> = { GET: read, POST: update };
