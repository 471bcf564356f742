import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { path } from '../../internal/path.js';
import { paged, SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import { SubscribedAppInfo, SubscribedAppsSubscribeParams } from './subscribed-apps-schemas.js';

const SubscribedAppPage = paged(SubscribedAppInfo);
const ListParams = z.strictObject({ after: z.optional(z.string().check(z.minLength(1))) });

/**
 * The apps that receive a WABA's webhooks: `client.waba(id).subscribedApps`.
 *
 * Your app gets no webhook of a WABA (messages, statuses, account updates) until it is subscribed to it —
 * the step after Embedded Signup (contract §4.3).
 *
 * @example
 * await client.waba('102290129340398').subscribedApps.subscribe();
 */
export class WabaSubscribedApps extends APIResource {
  readonly #wabaId: string;

  /** @internal */
  constructor(client: GraphRequester, wabaId: string) {
    super(client);
    this.#wabaId = wabaId;
  }

  /**
   * Subscribes your app (the token's app) to the WABA's webhooks, optionally sending them to another URL.
   *
   * Safe: subscribing is idempotent (a second call leaves one subscription), so it is retried on connection
   * errors, 5xx and throttles. Calling it without params also removes a WABA-level callback override. The
   * override applies only to `messages`-family fields; template and account webhooks still go to the app URL
   * (contract §4.2).
   *
   * @param params.override_callback_uri https URL (≤ 200 characters) for this WABA's webhooks.
   * @param params.verify_token the token Meta sends to that URL to verify it (secret; never logged).
   * @throws {ValidationError} for a non-https or too long URL, or a URL without a token (nothing sent).
   * @throws {PermissionError} when the token has no access to the WABA.
   * @example
   * await waba.subscribedApps.subscribe();
   * await waba.subscribedApps.subscribe({ override_callback_uri: 'https://hooks.example.com/wa', verify_token: process.env.VERIFY_TOKEN! });
   */
  subscribe(params: SubscribedAppsSubscribeParams = {}, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'WabaSubscribedApps.subscribe',
        method: 'POST',
        path: path`${this.#wabaId}/subscribed_apps`,
        retry: 'safe',
        params: { schema: SubscribedAppsSubscribeParams, value: params, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.#wabaId],
      },
      options,
    );
  }

  /**
   * Lists the apps subscribed to the WABA, each with its callback override if it has one.
   *
   * Safe: retried on connection errors, 5xx and throttles. Counts toward the WABA's management usage budget.
   *
   * @example
   * const page = await waba.subscribedApps.list();
   * const subscribed = page.data.some((app) => app.whatsapp_business_api_data.id === MY_APP_ID);
   */
  list(options?: RequestOptions): PagePromise<SubscribedAppInfo> {
    return new PagePromise((after) =>
      this._client.request(
        {
          operation: 'WabaSubscribedApps.list',
          method: 'GET',
          path: path`${this.#wabaId}/subscribed_apps`,
          retry: 'safe',
          params: { schema: ListParams, value: after === undefined ? {} : { after }, in: 'query' },
          response: SubscribedAppPage,
          objectIds: [this.#wabaId],
        },
        options,
      ),
    );
  }

  /**
   * Unsubscribes your app from the WABA's webhooks: no more messages, statuses or account updates for it.
   *
   * Safe: idempotent (unsubscribing twice leaves the app unsubscribed), so retried like a read.
   *
   * @throws {PermissionError} when the token has no access to the WABA.
   * @example
   * await waba.subscribedApps.unsubscribe();
   */
  unsubscribe(options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'WabaSubscribedApps.unsubscribe',
        method: 'DELETE',
        path: path`${this.#wabaId}/subscribed_apps`,
        retry: 'safe',
        response: SuccessResponse,
        objectIds: [this.#wabaId],
      },
      options,
    );
  }
}
