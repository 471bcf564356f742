import * as z from 'zod/mini';
import { EMAIL } from '../../schemas/regexes.js';
import { openEnum } from '../../schemas/graph.js';
import { looseObject, optionalArray, optionalString } from '../../schemas/shape.js';
import { text, webUrl } from '../phone-number/text-rules.js';

/** Industries accepted in `vertical` when updating a profile ([OA23], contract §3.6). */
export const BUSINESS_VERTICALS = [
  'OTHER',
  'AUTO',
  'BEAUTY',
  'APPAREL',
  'EDU',
  'ENTERTAIN',
  'EVENT_PLAN',
  'FINANCE',
  'GROCERY',
  'GOVT',
  'HOTEL',
  'HEALTH',
  'NONPROFIT',
  'PROF_SERVICES',
  'RETAIL',
  'TRAVEL',
  'RESTAURANT',
  'ALCOHOL',
  'ONLINE_GAMBLING',
  'PHYSICAL_GAMBLING',
  'OTC_DRUGS',
] as const;

/**
 * The fields of a business profile that can be read with `fields` — the list of Meta's docs ([D-BP]).
 * `messaging_product` is not among them: Graph returns it unasked, and an unknown field name fails the whole
 * call (contract §1.2).
 */
export const BUSINESS_PROFILE_FIELDS = ['about', 'address', 'description', 'email', 'profile_picture_url', 'websites', 'vertical'] as const;
/** A field of the business profile. */
export type BusinessProfileField = (typeof BUSINESS_PROFILE_FIELDS)[number];

/** Params of `phone.businessProfile.retrieve`: which fields to read (default: all of them). */
export const BusinessProfileRetrieveParams = z.strictObject({
  fields: z.optional(
    z
      .array(z.enum(BUSINESS_PROFILE_FIELDS, `fields must be among ${BUSINESS_PROFILE_FIELDS.join(', ')}`), 'fields must be an array')
      .check(
        z.minLength(1, 'fields must list at least one field'),
        z.refine((fields) => new Set(fields).size === fields.length, 'fields must not repeat'),
      ),
  ),
});
export type BusinessProfileRetrieveParams = z.infer<typeof BusinessProfileRetrieveParams>;

// Graph's e-mail check is not published; this is zod's practical pattern (ASCII local part and domain).
const Email = z.string('email must be a string').check(
  z.maxLength(128, 'email must be at most 128 characters long'),
  z.regex(EMAIL, 'email must be a valid e-mail address'),
);

/**
 * Params of `phone.businessProfile.update` (contract §3.6). Send only what you change (at least one field);
 * `messaging_product: "whatsapp"` is added for you.
 *
 * - `about`: the "About" text, 1–139 characters (emoji allowed, no markdown rendering).
 * - `address`: ≤ 256 characters. `description`: ≤ 512 ([OA23]'s 256 is wrong, §8). `email`: a valid address, ≤ 128.
 * - `websites`: up to 2 absolute `http://`/`https://` URLs of ≤ 256 characters each.
 * - `vertical`: the industry, one of {@link BUSINESS_VERTICALS}.
 * - `profile_picture_handle`: the handle `h` of an image uploaded with the Resumable Upload API.
 */
export const BusinessProfileUpdateParams = z
  .strictObject({
    about: z.optional(text('about', 1, 139)),
    address: z.optional(text('address', 0, 256)),
    description: z.optional(text('description', 0, 512)),
    email: z.optional(Email),
    websites: z.optional(
      z.array(webUrl('websites[]', 256), 'websites must be an array').check(z.maxLength(2, 'websites allows at most 2 URLs')),
    ),
    vertical: z.optional(z.enum(BUSINESS_VERTICALS, `vertical must be one of ${BUSINESS_VERTICALS.join(', ')}`)),
    profile_picture_handle: z.optional(
      z.string('profile_picture_handle must be a string').check(z.minLength(1, 'profile_picture_handle must not be empty')),
    ),
  })
  .check(z.refine((params) => Object.values(params).some((value) => value !== undefined), 'update needs at least one field to change'));
export type BusinessProfileUpdateParams = z.infer<typeof BusinessProfileUpdateParams>;

/**
 * A business profile as Graph returns it: `about`, `address`, `description`, `email`, `profile_picture_url`,
 * `websites`, `vertical` (open: older profiles may hold `UNDEFINED` or `NOT_A_BIZ`).
 *
 * @example
 * const profile = await phone.businessProfile.retrieve();
 * console.log(profile.about, profile.websites?.[0]);
 */
export const BusinessProfileInfo = looseObject({
  messaging_product: optionalString(),
  about: optionalString(),
  address: optionalString(),
  description: optionalString(),
  email: optionalString(),
  profile_picture_url: optionalString(),
  websites: optionalArray(z.string('must be a string')),
  vertical: z.optional(openEnum([...BUSINESS_VERTICALS, 'UNDEFINED', 'NOT_A_BIZ'])),
});
/** A business profile (fields present only when requested). */
export type BusinessProfileInfo = z.infer<typeof BusinessProfileInfo>;

/**
 * `{ data: [profile] }`, the answer of `GET /{PHONE_NUMBER_ID}/whatsapp_business_profile`: one profile, or
 * `{ data: [] }` for a number that has none yet (read as an empty profile). More than one item fails.
 */
export const BusinessProfileList = looseObject({
  data: z.array(BusinessProfileInfo, 'must be an array').check(z.maxLength(1, 'must hold at most one profile')),
});

/** Image types Meta accepts for a profile picture. */
export const PROFILE_PICTURE_TYPES = ['image/jpeg', 'image/png'] as const;

/**
 * Params of `phone.businessProfile.startProfilePictureUpload` — step 1 of Meta's Resumable Upload API
 * (`POST /{APP_ID}/uploads`, contract §3.6):
 * - `file_length`: size of the image in bytes (a positive integer);
 * - `file_type`: `image/jpeg` or `image/png`;
 * - `file_name`: optional name Meta records with the upload.
 */
export const ProfilePictureUploadParams = z.strictObject({
  file_length: z
    .int('file_length must be an integer number of bytes')
    .check(z.minimum(1, 'file_length must be at least 1 byte'), z.maximum(Number.MAX_SAFE_INTEGER, 'file_length is too large')),
  file_type: z.enum(PROFILE_PICTURE_TYPES, 'file_type must be "image/jpeg" or "image/png"'),
  file_name: z.optional(text('file_name', 1, 255)),
});
export type ProfilePictureUploadParams = z.infer<typeof ProfilePictureUploadParams>;

/** `{ id: "upload:…" }`: the upload session to send the bytes to (step 2). */
export const UploadSession = looseObject({
  id: z.string('must be a string').check(z.startsWith('upload:', 'must be an upload session id ("upload:…")')),
});
export type UploadSession = z.infer<typeof UploadSession>;

/** `{ h: "…" }`: the handle of uploaded bytes, to pass as `profile_picture_handle` (step 2's answer). */
export const UploadHandle = looseObject({
  h: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
});
export type UploadHandle = z.infer<typeof UploadHandle>;

/**
 * Params of `phone.businessProfile.uploadProfilePicture`: the image and its type. JPEG or PNG, as bytes
 * (`Uint8Array`, `ArrayBuffer`) or a `Blob`/`File`.
 */
export const ProfilePictureParams = z.strictObject({
  file: z.custom<Uint8Array | ArrayBuffer | Blob>(
    (value) => value instanceof Uint8Array || value instanceof ArrayBuffer || (typeof Blob !== 'undefined' && value instanceof Blob),
    'file must be a Uint8Array, an ArrayBuffer or a Blob',
  ),
  file_type: z.enum(PROFILE_PICTURE_TYPES, 'file_type must be "image/jpeg" or "image/png"'),
  file_name: z.optional(text('file_name', 1, 255)),
});
export type ProfilePictureParams = z.infer<typeof ProfilePictureParams>;
