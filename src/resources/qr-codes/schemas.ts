import * as z from 'zod/mini';
import { paged } from '../../schemas/graph.js';
import { looseObject, optionalString } from '../../schemas/shape.js';
import { UnixSeconds } from '../../schemas/unix-seconds.js';
import { text } from '../phone-number/text-rules.js';

/**
 * The code of a QR code / short link: 14 upper-case letters and digits, e.g. `4O4YGZEG3RIVE1`.
 *
 * [OA23]'s `^[A-Z2-7]{14}$` (base32) is wrong: real codes contain `1` and other digits (contract §3.8, §8).
 *
 * @example
 * QrCode.parse('4O4YGZEG3RIVE1');
 */
export const QrCode = z
  .string('QR code must be a string')
  .check(z.regex(/^[A-Z0-9]{14}$/, 'QR code must be 14 upper-case letters or digits, e.g. "4O4YGZEG3RIVE1"'));
export type QrCode = z.infer<typeof QrCode>;

/** The text the user's message box is filled with when they scan the code or open the link: 1–140 characters. */
export const PrefilledMessage = text('prefilled_message', 1, 140);

/** Image formats Graph can render a QR code in. */
export const QrImageFormat = z.enum(['SVG', 'PNG'], 'generate_qr_image must be "SVG" or "PNG"');
export type QrImageFormat = z.infer<typeof QrImageFormat>;

/**
 * Fields of a QR code that can be read. `qr_image_url.format(SVG|PNG)` asks Graph for an image URL in that
 * format (Graph's field-modifier syntax, [D-QR]); `code` is always read.
 */
export const QR_CODE_FIELDS = [
  'code',
  'prefilled_message',
  'deep_link_url',
  'creation_time',
  'qr_image_url.format(SVG)',
  'qr_image_url.format(PNG)',
] as const;
/** A readable field of a QR code. */
export type QrCodeField = (typeof QR_CODE_FIELDS)[number];

const Fields = z
  .array(z.enum(QR_CODE_FIELDS, `fields must be among ${QR_CODE_FIELDS.join(', ')}`), 'fields must be an array')
  .check(
    z.minLength(1, 'fields must list at least one field'),
    z.refine((fields) => new Set(fields).size === fields.length, 'fields must not repeat'),
    z.refine((fields) => fields.filter((f) => f.startsWith('qr_image_url')).length <= 1, 'ask for qr_image_url in one format only'),
  );

/** `{ fields: [...] }` → `fields=code,…`, always including `code` so every item can be acted on. */
export function qrFieldsToWire<T extends { readonly fields?: readonly QrCodeField[] | undefined }>(params: T): Record<string, unknown> {
  const { fields, ...rest } = params;
  if (!fields) return rest;
  return { ...rest, fields: (fields.includes('code') ? fields : ['code', ...fields]).join(',') };
}

/** Params of `phone.qrCodes.create` ([D-QR]): the prefilled message and, optionally, an image format. */
export const QrCodeCreateParams = z.strictObject({
  prefilled_message: PrefilledMessage,
  generate_qr_image: z.optional(QrImageFormat),
});
export type QrCodeCreateParams = z.infer<typeof QrCodeCreateParams>;

/** Params of `phone.qrCodes.update`: the new prefilled message. */
export const QrCodeUpdateParams = z.strictObject({ prefilled_message: PrefilledMessage });
export type QrCodeUpdateParams = z.infer<typeof QrCodeUpdateParams>;

/** Params of `phone.qrCodes.retrieve`. */
export const QrCodeRetrieveParams = z.strictObject({ fields: z.optional(Fields) });
export type QrCodeRetrieveParams = z.infer<typeof QrCodeRetrieveParams>;

/**
 * Params of `phone.qrCodes.list` ([D-QR], [OA23]): `fields`, `code` (only that code), page size `limit` 1–25
 * ([OA23]'s maximum) and cursors.
 */
export const QrCodeListParams = z.strictObject({
  fields: z.optional(Fields),
  code: z.optional(QrCode),
  limit: z.optional(z.int('limit must be an integer').check(z.minimum(1, 'limit must be 1–25'), z.maximum(25, 'limit must be 1–25'))),
  after: z.optional(z.string().check(z.minLength(1))),
  before: z.optional(z.string().check(z.minLength(1))),
});
export type QrCodeListParams = z.infer<typeof QrCodeListParams>;

/**
 * A QR code / short link: `code`, `prefilled_message`, `deep_link_url` (`https://wa.me/message/<code>`) and,
 * when asked for, `qr_image_url` (a temporary CDN URL) and `creation_time` (Unix seconds).
 *
 * @example
 * const { code, deep_link_url } = await phone.qrCodes.create({ prefilled_message: 'Show me the deals!' });
 */
export const QrCodeInfo = looseObject({
  code: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
  prefilled_message: optionalString(),
  deep_link_url: optionalString(),
  qr_image_url: optionalString(),
  /** Unix seconds (an integer on the wire; a string of digits is accepted and normalised to a number). */
  creation_time: z.optional(UnixSeconds),
});
/** A QR code / short link as Graph returns it. */
export type QrCodeInfo = z.infer<typeof QrCodeInfo>;

/** A page of QR codes; the single-code read answers with this shape too (`{ data: [code] }`). */
export const QrCodePage = paged(QrCodeInfo);
