import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import { ValidationError } from '../../errors/validation-error.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { AppId } from '../../schemas/ids.js';
import { graphSpec } from '../../core/graph-spec.js';
import { retrieveBusinessProfile, updateBusinessProfile, type BusinessProfileUpdateParams } from '../../operations/business-profile.js';
import { firstItem } from '../phone-number/first-item.js';
import { APIResource } from '../resource.js';
import {
  BUSINESS_PROFILE_FIELDS,
  BusinessProfileList,
  BusinessProfileRetrieveParams,
  ProfilePictureParams,
  ProfilePictureUploadParams,
  UploadHandle,
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
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Reads the profile. Graph answers with a one-item list; you get the profile itself (`{}` when the list is
   * empty: the number has no profile yet).
   *
   * Without `fields`, every field is asked for (Graph's own default omits most of them). Safe: retried on
   * connection errors, 5xx and throttles.
   *
   * @throws {ValidationError} for an unknown or repeated field (nothing sent), or when Graph's answer holds more
   *   than one profile.
   * @example
   * const { about, vertical, profile_picture_url } = await phone.businessProfile.retrieve();
   * const { email } = await phone.businessProfile.retrieve({ fields: ['email'] });
   */
  async retrieve(params: BusinessProfileRetrieveParams = {}, options?: RequestOptions): Promise<BusinessProfileInfo> {
    const list = await this._client.request(
      graphSpec(retrieveBusinessProfile, params, {
        method: 'GET',
        path: path`${this.#phoneNumberId}/whatsapp_business_profile`,
        in: 'query',
        toWire: ({ fields }) => ({ fields: (fields ?? BUSINESS_PROFILE_FIELDS).join(',') }),
        response: BusinessProfileList,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
    return firstItem(list) ?? {};
  }

  /**
   * Changes the profile fields you pass; the others stay as they are.
   *
   * Safe: an idempotent set (same fields, same result), retried on transient failures. To change the picture,
   * upload it with the Resumable Upload API first and pass the handle as `profile_picture_handle` (or
   * `profile_picture: { handle }`, the input both providers share; a `{ url }` is CAMS's and refused here).
   *
   * @throws {ValidationError} for an `about` outside 1–139 characters, an address over 256, a description over
   *   512, an invalid or too long e-mail, more than 2 websites or one without `http(s)://`, an unknown vertical,
   *   a picture URL (`profile_picture: { url }`, CAMS only) or two handles, or an empty update (nothing sent).
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
      graphSpec(GRAPH_UPDATE, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/whatsapp_business_profile`,
        in: 'body',
        // The shared `profile_picture: { handle }` goes out as Graph's own `profile_picture_handle` (contract §3.6).
        toWire: ({ profile_picture, ...rest }) =>
          profile_picture !== undefined && 'handle' in profile_picture ? { ...rest, profile_picture_handle: profile_picture.handle } : rest,
        fixed: { messaging_product: 'whatsapp' },
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
  }

  /**
   * Step 1 of uploading a new profile picture: opens a Resumable Upload session on your app
   * (`POST /{APP_ID}/uploads?file_length&file_type`) and returns its id (`upload:…`).
   *
   * Most callers want {@link BusinessProfile.uploadProfilePicture}, which does both steps. Safe: a session that is
   * opened twice is never used and expires; nothing visible changes.
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

  /**
   * Step 2 of uploading a profile picture: sends the bytes to an upload session (`POST /{upload_id}` with
   * `file_offset: 0` and, as Meta documents for this endpoint, `Authorization: OAuth <token>`) and returns the
   * handle `h`.
   *
   * Safe: re-sending the same bytes at offset 0 to the same session replaces nothing else.
   *
   * @param sessionId the `id` returned by {@link BusinessProfile.startProfilePictureUpload} (`upload:…`, with its `?sig=`).
   * @throws {ValidationError} for a malformed session id or an empty file (nothing sent).
   * @example
   * const { h } = await phone.businessProfile.uploadProfilePictureBytes(id, bytes);
   */
  async uploadProfilePictureBytes(
    sessionId: string,
    file: Uint8Array | ArrayBuffer | Blob,
    options?: RequestOptions,
  ): Promise<UploadHandle> {
    const { path: sessionPath, query } = splitSessionId(sessionId);
    return this._client.request(
      {
        operation: 'BusinessProfile.uploadProfilePictureBytes',
        method: 'POST',
        path: sessionPath,
        retry: 'safe',
        params: { schema: UploadQuery, value: query, in: 'query' },
        rawBody: { bytes: file },
        headers: { file_offset: '0' },
        authScheme: 'OAuth',
        response: UploadHandle,
        objectIds: [],
      },
      options,
    );
  }

  /**
   * Uploads a new profile picture and returns the handle to set with `update({ profile_picture_handle })`: opens a
   * Resumable Upload session on your app, then sends the bytes.
   *
   * Safe: both steps can be repeated without visible effect; the picture changes only when you `update()`.
   *
   * @param appId your Meta app id (numeric).
   * @throws {ValidationError} for a malformed app id, an empty file or a type other than JPEG/PNG (nothing sent).
   * @example
   * const { h } = await phone.businessProfile.uploadProfilePicture('1234567890123456', {
   *   file: await readFile('logo.png'),
   *   file_type: 'image/png',
   * });
   * await phone.businessProfile.update({ profile_picture_handle: h });
   */
  async uploadProfilePicture(appId: string, params: ProfilePictureParams, options?: RequestOptions): Promise<UploadHandle> {
    const { file, file_type, file_name } = parseOrThrow(ProfilePictureParams, params, 'request', { subject: 'profile picture' });
    const file_length = file instanceof Blob ? file.size : file.byteLength;
    const session = await this.startProfilePictureUpload(
      appId,
      { file_length, file_type, ...(file_name === undefined ? {} : { file_name }) },
      options,
    );
    return this.uploadProfilePictureBytes(session.id, file, options);
  }
}

const NO_URL = 'Graph takes an upload handle, not a URL: upload the picture with uploadProfilePicture() and pass profile_picture: { handle }';

/** Graph's narrowing of the shared update: the picture as an upload handle only, given once. */
const GRAPH_UPDATE = {
  ...updateBusinessProfile,
  params: updateBusinessProfile.params.check(
    z.refine((p) => p.profile_picture === undefined || 'handle' in p.profile_picture, { message: NO_URL, path: ['profile_picture'] }),
    z.refine((p) => p.profile_picture === undefined || p.profile_picture_handle === undefined, {
      message: 'pass the picture once: profile_picture or profile_picture_handle',
      path: ['profile_picture'],
    }),
  ),
};

/** The `sig` query parameter of an upload session id. */
const UploadQuery = z.strictObject({ sig: z.optional(z.string().check(z.minLength(1))) });

/**
 * Splits `upload:<id>?sig=<signature>` into a path and a query. The id goes in the path as Graph documents it
 * (`POST /{version}/upload:<id>`); only the characters Graph's ids use are accepted, so it cannot walk elsewhere.
 */
function splitSessionId(sessionId: string): { path: string; query: { sig?: string } } {
  const [id = '', search = ''] = String(sessionId).split('?', 2);
  // Base64 ids may contain '/', but never an empty or dot segment.
  if (!/^upload:[A-Za-z0-9_\-=+.:/]+$/.test(id) || /\/\/|(^|\/)\.\.?(\/|$)/.test(id)) {
    throw new ValidationError({
      direction: 'request',
      subject: 'upload session id',
      issues: [{ path: [], message: 'must be the "upload:…" id returned by startProfilePictureUpload', code: 'invalid_format' }],
    });
  }
  const sig = new URLSearchParams(search).get('sig');
  return { path: id, query: sig === null ? {} : { sig } };
}
