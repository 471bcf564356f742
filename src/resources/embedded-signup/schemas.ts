import * as z from 'zod/mini';
import { AppId, PhoneNumberId, WabaId } from '../../schemas/ids.js';
import { Pin } from '../../schemas/pin.js';
import { looseObject, optionalBoolean, optionalString } from '../../schemas/shape.js';

// Messages are static: none of these values (secret, code, tokens) may ever be echoed in an error.
const AppSecret = z
  .string('appSecret must be a string')
  .check(z.regex(/^[A-Za-z0-9]{8,128}$/, 'appSecret must be your app secret: 8 to 128 letters and digits'));
const SignupCode = z
  .string('code must be a string')
  .check(z.regex(/^[A-Za-z0-9_\-.~+/=#]{1,4096}$/, 'code must be the Embedded Signup code exactly as FB.login returned it (no spaces)'));
const Token = (name: string) =>
  z.string(`${name} must be a string`).check(z.regex(/^[A-Za-z0-9_\-.|]{8,4096}$/, `${name} must be an access token (no spaces)`));

/**
 * Params of `embeddedSignup.exchangeCode`: your app's id and secret, and the code `FB.login` returned to the
 * browser (single-use, ~30 s TTL). The secret and the code are redacted from every log line and error.
 */
export const EmbeddedSignupExchangeParams = z.strictObject({ appId: AppId, appSecret: AppSecret, code: SignupCode });
export type EmbeddedSignupExchangeParams = z.infer<typeof EmbeddedSignupExchangeParams>;

/** The query of `GET /oauth/access_token` (contract §4.3). @internal */
export const OAuthExchangeQuery = z.strictObject({ client_id: AppId, client_secret: AppSecret, code: SignupCode });

/**
 * The business token `GET /oauth/access_token` returns: `{ access_token, token_type?, expires_in? }`.
 * **Secret**: store it like a password; never log it.
 */
export const EmbeddedSignupToken = looseObject({
  access_token: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
  token_type: optionalString(),
  /** Seconds until expiry; absent for business integration system-user tokens that do not expire. */
  expires_in: z.optional(z.number('must be a number')),
});
/** A business token from Embedded Signup (secret). */
export type EmbeddedSignupToken = z.infer<typeof EmbeddedSignupToken>;

/**
 * Params of `embeddedSignup.sharedWabaIds`: the token to inspect (usually the business token from the exchange)
 * and, optionally, the token to inspect it with (default: the client's token; an app token `APP_ID|APP_SECRET`
 * works too).
 */
export const SharedWabaIdsParams = z.strictObject({ inputToken: Token('inputToken'), appToken: z.optional(Token('appToken')) });
export type SharedWabaIdsParams = z.infer<typeof SharedWabaIdsParams>;

/** The query of `GET /debug_token`. @internal */
export const DebugTokenQuery = z.strictObject({ input_token: Token('input_token') });

/**
 * The part of `GET /debug_token` wabakit reads: `data.granular_scopes[{ scope, target_ids }]` (contract §4.3, [PM]).
 * @internal
 */
export const DebugTokenResponse = looseObject({
  data: looseObject({
    app_id: optionalString(),
    is_valid: optionalBoolean(),
    granular_scopes: z.optional(
      z.array(
        looseObject({
          scope: z.string('must be a string'),
          target_ids: z.optional(z.array(z.string('must be a string'), 'must be an array')),
        }),
        'must be an array',
      ),
    ),
  }),
});

/**
 * Params of `embeddedSignup.completeSignup`. Besides the exchange params:
 * - `wabaId`: the WABA from the signup session event; without it the WABAs are discovered from the token;
 * - `phoneNumberId` + `pin`: register that number (within 14 days of signup) with this two-step PIN.
 */
export const CompleteSignupParams = z
  .strictObject({
    appId: AppId,
    appSecret: AppSecret,
    code: SignupCode,
    wabaId: z.optional(WabaId),
    phoneNumberId: z.optional(PhoneNumberId),
    pin: z.optional(Pin),
  })
  .check(
    z.refine((params) => params.pin === undefined || params.phoneNumberId !== undefined, {
      message: 'pin is used to register phoneNumberId; give phoneNumberId too',
      path: ['phoneNumberId'],
    }),
  );
export type CompleteSignupParams = z.infer<typeof CompleteSignupParams>;
