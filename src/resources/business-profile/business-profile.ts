import type { WabaClient } from '../../client.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { AppId } from '../../schemas/ids.js';
import { firstItem } from '../phone-number/first-item.js';
import { APIResource } from '../resource.js';
import {
  BUSINESS_PROFILE_FIELDS,
  BusinessProfileList,
  BusinessProfileRetrieveParams,
  BusinessProfileUpdateParams,
  ProfilePictureUploadParams,
  UploadSession,
  type BusinessProfileInfo,
} from './schemas.js';

/**
 * The business profile customers see — about text, description, address, e-mail, websites, industry, picture:
 * `client.phoneNumber(id).businessProfile`.
 *
 * @example
 * const profile = client.phoneNumber('106540352242922').businessProfile;
 * await profile.update({ about: 'Succulents, delivered.', websites: ['https://www.luckyshrub.com'] });
 */
export class BusinessProfile extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: WabaClient, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Reads the profile. Graph answers with a one-item list; you get the profile itself.
   *
   * Without `fields`, every field is asked for (Graph's own default omits most of them). Safe: retried on
   * connection errors, 5xx and throttles.
   *
   * @throws {ValidationError} for an unknown or repeated field (nothing sent), or when Graph's answer does not
   *   hold exactly one profile.
   * @example
   * const { about, vertical, profile_picture_url } = await phone.businessProfile.retrieve();
   * const { email } = await phone.businessProfile.retrieve({ fields: ['email'] });
   */
  async retrieve(params: BusinessProfileRetrieveParams = {}, options?: RequestOptions): Promise<BusinessProfileInfo> {
    const list = await this._client.request(
      {
        operation: 'BusinessProfile.retrieve',
        method: 'GET',
        path: path`${this.#phoneNumberId}/whatsapp_business_profile`,
        retry: 'safe',
        params: {
          schema: BusinessProfileRetrieveParams,
          value: params,
          in: 'query',
          toWire: ({ fields }) => ({ fields: (fields ?? BUSINESS_PROFILE_FIELDS).join(',') }),
        },
        response: BusinessProfileList,
        objectIds: [this.#phoneNumberId],
      },
      options,
    );
    return firstItem(list) ?? {};
  }

  /**
   * Changes the profile fields you pass; the others stay as they are.
   *
   * Safe: an idempotent set (same fields, same result), retried on transient failures. To change the picture,
   * upload it with the Resumable Upload API first and pass the handle as `profile_picture_handle`.
   *
   * @throws {ValidationError} for an `about` outside 1–139 characters, an address over 256, a description over
   *   512, an invalid or too long e-mail, more than 2 websites or one without `http(s)://`, an unknown vertical,
   *   or an empty update (nothing sent).
   * @throws {InvalidRequestError} when Graph rejects a value (e.g. an expired picture handle).
   * @example
   * await phone.businessProfile.update({
   *   about: 'Succulents, delivered.',
   *   description: 'Hand-picked succulents and cacti, shipped nationwide.',
   *   email: 'hello@luckyshrub.com',
   *   websites: ['https://www.luckyshrub.com'],
   *   vertical: 'RETAIL',
   * });
   */
  update(params: BusinessProfileUpdateParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'BusinessProfile.update',
        method: 'POST',
        path: path`${this.#phoneNumberId}/whatsapp_business_profile`,
        retry: 'safe',
        params: { schema: BusinessProfileUpdateParams, value: params, in: 'body' },
        fixed: { messaging_product: 'whatsapp' },
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
      },
      options,
    );
  }

  /**
   * Step 1 of uploading a new profile picture: opens a Resumable Upload session on your app
   * (`POST /{APP_ID}/uploads?file_length&file_type`) and returns its id (`upload:…`).
   *
   * Step 2 — sending the image bytes to `POST /{upload_id}` with `Authorization: OAuth <token>` and
   * `file_offset: 0`, which answers with the handle `h` to pass as `profile_picture_handle` — is not done by
   * wabakit yet. Safe: a session that is opened twice is never used and expires; nothing visible changes.
   *
   * @param appId your Meta app id (numeric).
   * @throws {ValidationError} for a malformed app id, a non-positive size or a type other than JPEG/PNG (nothing sent).
   * @example
   * const { id } = await phone.businessProfile.startProfilePictureUpload('1234567890123456', {
   *   file_length: bytes.byteLength,
   *   file_type: 'image/png',
   * });
   */
  async startProfilePictureUpload(appId: string, params: ProfilePictureUploadParams, options?: RequestOptions): Promise<UploadSession> {
    const app = parseOrThrow(AppId, appId, 'request', { subject: 'app id' });
    return this._client.request(
      {
        operation: 'BusinessProfile.startProfilePictureUpload',
        method: 'POST',
        path: path`${app}/uploads`,
        retry: 'safe',
        // Graph documents these as query parameters of the upload call ([D-BP], [PM]).
        params: { schema: ProfilePictureUploadParams, value: params, in: 'query' },
        response: UploadSession,
        objectIds: [app],
      },
      options,
    );
  }
}
