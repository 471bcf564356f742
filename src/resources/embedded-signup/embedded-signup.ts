import { graphBatch } from '../../core/batch.js';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { PhoneNumber } from '../phone-number/phone-number.js';
import { APIResource } from '../resource.js';
import { Waba } from '../waba/waba.js';
import { refineCodeError } from './errors.js';
import {
  CompleteSignupParams,
  DebugTokenQuery,
  DebugTokenResponse,
  EmbeddedSignupExchangeParams,
  EmbeddedSignupToken,
  OAuthExchangeQuery,
  SharedWabaIdsParams,
} from './schemas.js';

/** A step of `completeSignup` that failed after the code was exchanged. */
export interface EmbeddedSignupFailure {
  readonly step: 'discover-wabas' | 'subscribe' | 'register';
  /** The WABA or phone number id the step was about. */
  readonly id?: string;
  /** The error, already free of the token and PIN. */
  readonly error: unknown;
}

/**
 * What `completeSignup` did. `accessToken` is the business token — **secret**: it is non-enumerable, so
 * `JSON.stringify(result)` and `console.log(result)` leave it out; read it explicitly and store it encrypted.
 */
export interface EmbeddedSignupResult {
  /** The business token (secret, non-enumerable). */
  readonly accessToken: string;
  readonly tokenType: string | undefined;
  /** Seconds until the token expires, when Graph says. */
  readonly expiresIn: number | undefined;
  /** The WABAs shared in the signup (given, or discovered from the token). */
  readonly wabaIds: readonly string[];
  /** The WABAs your app is now subscribed to. */
  readonly subscribedWabaIds: readonly string[];
  /** The number registered in this call, if any. */
  readonly registeredPhoneNumberId: string | undefined;
  /** Steps that failed after the exchange; retry them with the token (the code cannot be exchanged again). */
  readonly failures: readonly EmbeddedSignupFailure[];
  /** True when a WABA was found and every step succeeded. */
  readonly complete: boolean;
}

const OAUTH_RECONCILE =
  'An Embedded Signup code can be exchanged only once and lives about 30 seconds: restart signup to get a new code.';

/**
 * The server side of Meta's Embedded Signup: `client.embeddedSignup` — exchange the code from `FB.login` for a
 * business token, find the WABAs the business shared, subscribe your app to them and register the number
 * (contract §4.3). Embedded Signup v2 is deprecated on 2026-10-15; the server side is the same for v4.
 *
 * @example
 * const result = await client.embeddedSignup.completeSignup({ appId, appSecret, code, phoneNumberId, pin: '012345' });
 * await vault.save(result.wabaIds[0], result.accessToken);
 */
export class EmbeddedSignup extends APIResource {
  /** @internal */
  constructor(client: GraphRequester) {
    super(client);
  }

  /**
   * Exchanges the Embedded Signup code for a business token: `POST /oauth/access_token` with `client_id`,
   * `client_secret` and `code` in a form body (Graph also documents the GET form, which would put them in the URL).
   *
   * Never retried: the code is single-use and lives ~30 s. Graph takes `client_secret` and `code` only in the
   * query string here; both are redacted from every log line and error, and the request authenticates with the
   * app token built from the same credentials. The returned `access_token` is secret.
   *
   * @throws {ValidationError} for a malformed app id, secret or code (nothing sent).
   * @throws {EmbeddedSignupCodeExpiredError} when the code expired or was already used — restart signup.
   * @throws {InvalidRequestError} e.g. a wrong app secret · {@link OutcomeUnknownError} when the answer was lost
   *   (the code is then spent either way).
   * @example
   * const { access_token } = await client.embeddedSignup.exchangeCode({ appId: '1234567890123456', appSecret, code });
   */
  async exchangeCode(params: EmbeddedSignupExchangeParams, options?: RequestOptions): Promise<EmbeddedSignupToken> {
    const { appId, appSecret, code } = parseOrThrow(EmbeddedSignupExchangeParams, params, 'request', { subject: 'exchangeCode params' });
    try {
      return await this._client.request(
        {
          operation: 'EmbeddedSignup.exchangeCode',
          // POST with a form body, as OAuth 2 clients do (RFC 6749 §4.1.3): the app secret and the code stay out
          // of the URL, and so out of proxy and access logs. Graph documents the GET form (contract §4.3) and
          // accepts both.
          method: 'POST',
          path: path`oauth/access_token`,
          retry: 'never',
          params: { schema: OAuthExchangeQuery, value: { client_id: appId, client_secret: appSecret, code }, in: 'body' },
          bodyEncoding: 'form',
          response: EmbeddedSignupToken,
          objectIds: [],
          reconcileHint: OAUTH_RECONCILE,
        },
        { ...options, accessToken: `${appId}|${appSecret}` },
      );
    } catch (error) {
      throw refineCodeError(error);
    }
  }

  /**
   * The WABA ids a business shared with your app, read from its token's `whatsapp_business_management` grant:
   * `GET /debug_token?input_token=…` → `data.granular_scopes[].target_ids`.
   *
   * The GET is sent inside Graph's batch endpoint (`POST /` with a form body), so the token it inspects never
   * appears in a URL; Graph counts it as one call. Safe: a read, retried on connection errors, 5xx, throttles and
   * a batch item that did not complete. `inputToken` is redacted like any token.
   *
   * @param params.inputToken the token to inspect (usually the business token from `exchangeCode`).
   * @param params.appToken the token to inspect it with. @default the client's token
   * @throws {ValidationError} for a malformed token (nothing sent).
   * @example
   * const wabaIds = await client.embeddedSignup.sharedWabaIds({ inputToken: access_token, appToken: `${appId}|${appSecret}` });
   */
  async sharedWabaIds(params: SharedWabaIdsParams, options?: RequestOptions): Promise<string[]> {
    const { inputToken, appToken } = parseOrThrow(SharedWabaIdsParams, params, 'request', { subject: 'sharedWabaIds params' });
    const answer = await this._client.request(
      {
        operation: 'EmbeddedSignup.sharedWabaIds',
        method: 'GET',
        path: path`debug_token`,
        retry: 'safe',
        params: { schema: DebugTokenQuery, value: { input_token: inputToken }, in: 'query' },
        // Contract §4.3 documents only `GET /debug_token?input_token=…`, which would put the business token in the
        // URL (proxy and access logs); the batch envelope carries the same GET in a POST body (core/batch.ts).
        envelope: graphBatch,
        response: DebugTokenResponse,
        objectIds: [],
      },
      appToken === undefined ? options : { ...options, accessToken: appToken },
    );
    const ids = (answer.data.granular_scopes ?? [])
      .filter((grant) => grant.scope === 'whatsapp_business_management')
      .flatMap((grant) => grant.target_ids ?? []);
    return [...new Set(ids)];
  }

  /**
   * Finishes a signup on the server in one call: exchange the code → find the shared WABAs (unless `wabaId` is
   * given) → subscribe your app to each → register `phoneNumberId` with `pin` if given.
   *
   * Everything is validated before the single-use code is spent. If the exchange fails, it throws (nothing else
   * happened). After it, nothing throws: the token must not be lost, so later failures are listed in
   * `failures` and can be retried with the token. Subscribing is idempotent; registering is never retried and
   * counts toward the 10-per-72-h limit. Calls after the exchange use the business token.
   *
   * @throws {ValidationError} for malformed params, or a PIN without `phoneNumberId` (nothing sent).
   * @throws {EmbeddedSignupCodeExpiredError} and the other errors of `exchangeCode`.
   * @example
   * const result = await client.embeddedSignup.completeSignup({ appId, appSecret, code, wabaId, phoneNumberId, pin: '012345' });
   * if (!result.complete) console.warn(result.failures.map((f) => `${f.step} ${f.id ?? ''}`));
   */
  async completeSignup(params: CompleteSignupParams, options?: RequestOptions): Promise<EmbeddedSignupResult> {
    const input = parseOrThrow(CompleteSignupParams, params, 'request', { subject: 'completeSignup params' });
    const token = await this.exchangeCode({ appId: input.appId, appSecret: input.appSecret, code: input.code }, options);
    const asBusiness: RequestOptions = { ...options, accessToken: token.access_token };
    const failures: EmbeddedSignupFailure[] = [];

    let wabaIds: string[] = [];
    if (input.wabaId !== undefined) {
      wabaIds = [input.wabaId];
    } else {
      try {
        wabaIds = await this.sharedWabaIds({ inputToken: token.access_token, appToken: `${input.appId}|${input.appSecret}` }, options);
      } catch (error) {
        failures.push({ step: 'discover-wabas', error });
      }
    }

    const subscribedWabaIds: string[] = [];
    for (const wabaId of wabaIds) {
      try {
        await new Waba(this._client, wabaId).subscribedApps.subscribe({}, asBusiness);
        subscribedWabaIds.push(wabaId);
      } catch (error) {
        failures.push({ step: 'subscribe', id: wabaId, error });
      }
    }

    let registeredPhoneNumberId: string | undefined;
    if (input.phoneNumberId !== undefined && input.pin !== undefined) {
      try {
        await new PhoneNumber(this._client, input.phoneNumberId).register({ pin: input.pin }, asBusiness);
        registeredPhoneNumberId = input.phoneNumberId;
      } catch (error) {
        failures.push({ step: 'register', id: input.phoneNumberId, error });
      }
    }

    const result: Omit<EmbeddedSignupResult, 'accessToken'> = {
      tokenType: token.token_type,
      expiresIn: token.expires_in,
      wabaIds,
      subscribedWabaIds,
      registeredPhoneNumberId,
      failures,
      complete: failures.length === 0 && wabaIds.length > 0,
    };
    // Non-enumerable: serialising or logging the summary must not print the business token.
    return Object.defineProperty(result, 'accessToken', { value: token.access_token, enumerable: false }) as EmbeddedSignupResult;
  }
}
