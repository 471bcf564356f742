import * as z from 'zod/mini';
import { BusinessProfileRetrieveParams, BusinessProfileUpdateParams as GraphUpdateParams } from '../resources/business-profile/schemas.js';
import { webUrl } from '../resources/phone-number/text-rules.js';
import { defineOperation } from './define.js';

/**
 * The profile picture, as either provider takes it (contract §6 "Profile picture: shared input type"): Graph an
 * upload handle (`h` from `uploadProfilePicture`), CAMS a public `http(s)` URL it fetches itself
 * (`ModifyPhoneBusinessProfile.ProfilePictureUrl`, contract §4.4). Each provider refuses the other's form with a
 * `ValidationError` before anything is sent.
 *
 * @example
 * await phone.businessProfile.update({ profile_picture: { url: 'https://cdn.luckyshrub.com/logo.png' } }); // CAMS
 * await phone.businessProfile.update({ profile_picture: { handle: h } }); // Graph
 */
export const ProfilePicture = z.union(
  [
    z.strictObject({ handle: z.string('profile_picture.handle must be a string').check(z.minLength(1, 'profile_picture.handle must not be empty')) }),
    z.strictObject({ url: webUrl('profile_picture.url', 2048) }),
  ],
  'profile_picture must be { handle } (Graph upload handle) or { url } (CAMS picture URL)',
);
export type ProfilePicture = z.infer<typeof ProfilePicture>;

/**
 * Params of `phone.businessProfile.update` on every provider: Graph's fields and limits (about 1–139, address
 * ≤ 256, description ≤ 512, e-mail ≤ 128, ≤ 2 `http(s)` websites of ≤ 256, the vertical enum) plus
 * `profile_picture` ({@link ProfilePicture}). `profile_picture_handle` stays as Graph's own spelling.
 */
export const BusinessProfileUpdateParams = z
  .strictObject({ ...GraphUpdateParams.shape, profile_picture: z.optional(ProfilePicture) })
  .check(z.refine((params) => Object.values(params).some((value) => value !== undefined), 'update needs at least one field to change'));
export type BusinessProfileUpdateParams = z.infer<typeof BusinessProfileUpdateParams>;

/** Read the business profile — safe (retried on transient failures). */
export const retrieveBusinessProfile = defineOperation({ name: 'BusinessProfile.retrieve', retry: 'safe', params: BusinessProfileRetrieveParams });

/** Change the profile fields passed — an idempotent set: safe. */
export const updateBusinessProfile = defineOperation({ name: 'BusinessProfile.update', retry: 'safe', params: BusinessProfileUpdateParams });
