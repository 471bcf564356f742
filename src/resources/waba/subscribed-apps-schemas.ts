import * as z from 'zod/mini';
import { looseObject, optionalString } from '../../schemas/shape.js';

// Contract §4.2 and [D-WHO]: a WABA-level callback override is at most 200 characters, must be reachable over
// HTTPS with a valid certificate, and Meta verifies it with the verify token before accepting it.
const MAX_CALLBACK_LENGTH = 200;
const MAX_VERIFY_TOKEN_LENGTH = 256;

/**
 * Params of `waba.subscribedApps.subscribe` (contract §4.2).
 * - none: subscribe your app to the WABA's webhooks (and remove a WABA-level override set earlier);
 * - `override_callback_uri` + `verify_token`: send this WABA's `messages`-family webhooks to another URL
 *   (https, ≤ 200 characters). Meta calls the URL with the verify token first, so both go together.
 *
 * The verify token is a secret: it never appears in a log line or an error.
 */
export const SubscribedAppsSubscribeParams = z
  .strictObject({
    override_callback_uri: z.optional(
      z.string('override_callback_uri must be a string').check(
        z.maxLength(MAX_CALLBACK_LENGTH, `override_callback_uri must be at most ${MAX_CALLBACK_LENGTH} characters`),
        z.regex(/^https:\/\/[^\s/?#]+[^\s]*$/, 'override_callback_uri must be an https:// URL without spaces'),
      ),
    ),
    verify_token: z.optional(
      z.string('verify_token must be a string').check(
        z.minLength(1, 'verify_token must not be empty'),
        z.maxLength(MAX_VERIFY_TOKEN_LENGTH, `verify_token must be at most ${MAX_VERIFY_TOKEN_LENGTH} characters`),
      ),
    ),
  })
  .check(
    z.refine((params) => (params.override_callback_uri === undefined) === (params.verify_token === undefined), {
      message: 'override_callback_uri and verify_token go together: Meta verifies the URL with the token',
    }),
  );
export type SubscribedAppsSubscribeParams = z.infer<typeof SubscribedAppsSubscribeParams>;

/**
 * One app subscribed to a WABA's webhooks, as `GET /{WABA_ID}/subscribed_apps` returns it:
 * `{ whatsapp_business_api_data: { id, name, link }, override_callback_uri? }` ([D-WHO]; [OA23]'s flat
 * `{ id, name }` is wrong, contract §8).
 *
 * @example
 * for await (const app of waba.subscribedApps.list()) console.log(app.whatsapp_business_api_data.id);
 */
export const SubscribedAppInfo = looseObject({
  whatsapp_business_api_data: looseObject({
    /** The app id. */
    id: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
    name: optionalString(),
    link: optionalString(),
  }),
  /** The WABA-level callback override of this app, when one is set. */
  override_callback_uri: optionalString(),
});
/** An app subscribed to a WABA's webhooks. */
export type SubscribedAppInfo = z.infer<typeof SubscribedAppInfo>;
