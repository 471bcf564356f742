import type { SimWaba } from '../state/types.js';
import { invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `GET|POST|DELETE /{waba}/subscribed_apps` (contract §4.2, [D-WHO]): the calling token's app subscribes; POST
 * with `override_callback_uri` (≤ 200 chars, with `verify_token`) sets a WABA-level override, POST without it
 * removes the override. GET items are `{whatsapp_business_api_data:{id,name,link}, override_callback_uri?}`.
 * @internal
 */

function list(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  const data = [...waba.subscriptions.values()].map((subscription) => {
    const app = ctx.store.apps.get(subscription.appId);
    return {
      whatsapp_business_api_data: {
        id: subscription.appId,
        name: app?.name ?? 'Simulated App',
        link: `https://www.facebook.com/games/?app_id=${subscription.appId}`,
      },
      ...(subscription.overrideCallbackUri === undefined ? {} : { override_callback_uri: subscription.overrideCallbackUri }),
    };
  });
  return ok({ data });
}

function subscribe(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  const uri = ctx.params.string('override_callback_uri');
  if (uri !== undefined && uri !== '') {
    if (uri.length > 200 || !/^https:\/\//.test(uri)) {
      throw invalidParam('Param override_callback_uri must be an https URL of at most 200 characters');
    }
    ctx.params.required('verify_token');
  }
  waba.subscriptions.set(ctx.token.appId, {
    appId: ctx.token.appId,
    overrideCallbackUri: uri === undefined || uri === '' ? undefined : uri,
  });
  return success();
}

function unsubscribe(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  waba.subscriptions.delete(ctx.token.appId);
  return success();
}

/** @internal */
export const subscribedAppsRoutes: EdgeRoutes<SimWaba> = { GET: list, POST: subscribe, DELETE: unsubscribe };
