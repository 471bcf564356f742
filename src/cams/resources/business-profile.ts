import * as z from 'zod/mini';
import { retrieveBusinessProfile, updateBusinessProfile, type BusinessProfileUpdateParams } from '../../operations/business-profile.js';
import { BUSINESS_PROFILE_FIELDS, type BusinessProfileInfo, type BusinessProfileRetrieveParams } from '../../resources/business-profile/schemas.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './schemas.js';
import { CamsProfile, toProfileInfo } from './settings-payloads.js';
import { markUnsupported } from './unsupported.js';

const NO_HANDLE = 'CAMS takes a picture URL, not an upload handle: pass profile_picture: { url } (contract §4.4, §6)';

/**
 * CAMS's narrowing of the shared update params: the picture as a URL only — an upload handle (Graph's
 * `profile_picture_handle` or `profile_picture: { handle }`) is a ValidationError, nothing sent.
 */
export const CamsBusinessProfileUpdateParams = updateBusinessProfile.params.check(
  z.refine((p) => p.profile_picture_handle === undefined, { message: NO_HANDLE, path: ['profile_picture_handle'] }),
  z.refine((p) => p.profile_picture === undefined || 'url' in p.profile_picture, { message: NO_HANDLE, path: ['profile_picture'] }),
);

/**
 * The business profile customers see, on CAMS: `client.phoneNumber('+65 8123 4567').businessProfile`. Same
 * methods, params and result fields as Graph's `BusinessProfile`; the picture is a URL here (CAMS fetches it),
 * an upload handle on Graph. CAMS has no upload step, so `uploadProfilePicture` is absent.
 *
 * @example
 * await client.phoneNumber('+65 8123 4567').businessProfile.update({
 *   about: 'Succulents, delivered.',
 *   profile_picture: { url: 'https://cdn.luckyshrub.com/logo.png' },
 * });
 */
export class CamsBusinessProfile extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads the profile (`QueryPhoneBusinessProfile`) with Graph's field names; `vertical` is normalised to Graph's
   * upper-case word (CAMS's examples show `Retail`), unknown values kept. `{}` when the number has no profile.
   *
   * CAMS always returns every field; `fields` keeps only those you name, as Graph would. Safe: retried on
   * transient failures.
   *
   * @throws {ValidationError} for an unknown or repeated field (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { about, vertical, websites } = await phone.businessProfile.retrieve();
   */
  async retrieve(params: BusinessProfileRetrieveParams = {}, options?: CamsRequestOptions): Promise<BusinessProfileInfo> {
    return this._client.request(
      camsSpec(retrieveBusinessProfile, params, {
        action: 'QueryPhoneBusinessProfile',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsProfile,
        result: (data) => pick(toProfileInfo(data), params.fields),
      }),
      options,
    );
  }

  /**
   * Changes the fields you pass (`ModifyPhoneBusinessProfile`); the others stay as they are. Graph's limits are
   * checked before sending (CAMS documents none; Meta's apply behind it, contract §4.4). `websites` travels as one
   * JSON-text parameter.
   *
   * Safe: an idempotent set, retried on transient failures.
   *
   * @throws {ValidationError} for an `about` outside 1–139 characters, an address over 256, a description over 512,
   *   a bad e-mail, more than 2 websites or one without `http(s)://`, an unknown vertical, an upload handle instead
   *   of `profile_picture: { url }`, or an empty update (nothing sent).
   * @throws {APIError} mapped CAMS errors, e.g. `ERR-OPERATION-MAAP-0085` for a website CAMS refuses.
   * @example
   * await phone.businessProfile.update({ websites: ['https://www.luckyshrub.com'], vertical: 'RETAIL' });
   */
  update(params: BusinessProfileUpdateParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(updateBusinessProfile, params, {
        action: 'ModifyPhoneBusinessProfile',
        params: CamsBusinessProfileUpdateParams,
        toWire: (p) => ({
          PhoneNumber: this.#digits,
          About: p.about,
          Address: p.address,
          Description: p.description,
          Email: p.email,
          Vertical: p.vertical,
          Websites: p.websites,
          ProfilePictureUrl: p.profile_picture !== undefined && 'url' in p.profile_picture ? p.profile_picture.url : undefined,
        }),
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}

function pick(profile: BusinessProfileInfo, fields: readonly (typeof BUSINESS_PROFILE_FIELDS)[number][] | undefined): BusinessProfileInfo {
  if (fields === undefined) return profile;
  return Object.fromEntries(Object.entries(profile).filter(([key]) => (fields as readonly string[]).includes(key))) as BusinessProfileInfo;
}

const NO_UPLOAD = 'CAMS has no upload step for the profile picture: pass a public URL as profile_picture: { url } (contract §4.4)';
markUnsupported(CamsBusinessProfile, 'BusinessProfile', {
  methods: { uploadProfilePicture: NO_UPLOAD, startProfilePictureUpload: NO_UPLOAD, uploadProfilePictureBytes: NO_UPLOAD },
});
