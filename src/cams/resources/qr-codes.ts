import * as z from 'zod/mini';
import { createQrCode, deleteQrCode, listQrCodes, retrieveQrCode, updateQrCode } from '../../operations/qr-codes.js';
import { PrefilledMessage, QrCodeCreateParams, QrImageFormat, type QrCodeRetrieveParams, type QrCodeUpdateParams } from '../../resources/qr-codes/schemas.js';
import { parseOrThrow } from '../../internal/validate.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './schemas.js';
import { CamsQrCodeData, CamsQrCodeList, toQrCodeInfo, type CamsQrCodeInfo } from './settings-payloads.js';

/**
 * A CAMS QR code id (`QrdlCode`, Meta's `code`). CAMS documents no format: letters, digits, `_` and `-`, 1–64
 * characters — enough to keep it a plain parameter.
 */
export const CamsQrdlCode = z
  .string('QR code must be a string')
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'QR code must be 1 to 64 letters, digits, "_" or "-" (the code returned by create or list)'));

/** Params of CAMS `qrCodes.list()`: the optional `code` filter. CAMS has no paging, fields or limit (contract §4.6). */
export const CamsQrCodeListParams = z.strictObject({ code: z.optional(CamsQrdlCode) });
export type CamsQrCodeListParams = z.infer<typeof CamsQrCodeListParams>;

/**
 * Params of CAMS `qrCodes.update()`: Graph's `prefilled_message`, and optionally the image format — CAMS requires
 * `GenerateQrImage` on every update (contract §4.6); left out, the code's current format is read first and kept.
 */
export const CamsQrCodeUpdateParams = z.strictObject({ prefilled_message: PrefilledMessage, generate_qr_image: z.optional(QrImageFormat) });
export type CamsQrCodeUpdateParams = QrCodeUpdateParams & { readonly generate_qr_image?: 'PNG' | 'SVG' | undefined };

const RECONCILE_CREATE = 'List the codes with phone.qrCodes.list() and look for this prefilled_message before creating the code again.';

/**
 * QR codes and short links that open a chat with a prefilled message, on CAMS:
 * `client.phoneNumber('+65 8123 4567').qrCodes`. Same methods, params and result fields as Graph's `QrCodes`
 * (`code`, `prefilled_message`, `deep_link_url`, `qr_image_url`). CAMS has no paging: `list()` returns every code
 * at once.
 *
 * @example
 * const qr = await client.phoneNumber('+65 8123 4567').qrCodes.create({ prefilled_message: 'Show me the deals!' });
 * await sendToCustomer(qr.deep_link_url); // or show qr.qr_image_url
 */
export class CamsQrCodes extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Creates a QR code / short link (`CreatePhoneMessageQrdl`). CAMS always renders an image: `generate_qr_image`
   * defaults to `PNG` here (Graph's is optional).
   *
   * Never retried: every success creates another code (Meta's 2,000 per number apply). A lost answer gives an
   * `OutcomeUnknownError`: list the codes and look for your message before creating again.
   *
   * @throws {ValidationError} for an empty message, one over 140 characters or a format other than PNG/SVG (nothing sent).
   * @throws {APIError} mapped CAMS errors · `OutcomeUnknownError` (from `wabakit`) when the answer was lost.
   * @example
   * const { code, deep_link_url } = await phone.qrCodes.create({ prefilled_message: 'Hi!', generate_qr_image: 'SVG' });
   */
  create(params: QrCodeCreateParams, options?: CamsRequestOptions): Promise<CamsQrCodeInfo> {
    return this._client.request(
      camsSpec(createQrCode, params, {
        action: 'CreatePhoneMessageQrdl',
        custSpaceId: 'optional',
        toWire: (p) => ({ PhoneNumber: this.#digits, PrefilledMessage: p.prefilled_message, GenerateQrImage: p.generate_qr_image ?? 'PNG' }),
        response: CamsQrCodeData,
        result: toQrCodeInfo,
        reconcileHint: RECONCILE_CREATE,
      }),
      options,
    );
  }

  /**
   * Lists every QR code of the number (`ListPhoneMessageQrdl`), all at once — CAMS has no paging (contract §6);
   * `code` keeps only that code. Graph's `fields`, `limit` and cursors are not accepted.
   *
   * Safe: retried on transient failures.
   *
   * @throws {ValidationError} for a malformed code or a Graph-only param (nothing sent).
   * @example
   * const deals = (await phone.qrCodes.list()).filter((qr) => qr.prefilled_message?.includes('deals'));
   */
  list(params: CamsQrCodeListParams = {}, options?: CamsRequestOptions): Promise<CamsQrCodeInfo[]> {
    return this._client.request(
      camsSpec(listQrCodes, params, {
        action: 'ListPhoneMessageQrdl',
        params: CamsQrCodeListParams,
        custSpaceId: 'optional',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsQrCodeList,
        result: (rows) => (rows ?? []).map(toQrCodeInfo).filter((qr) => params.code === undefined || qr.code === params.code),
      }),
      options,
    );
  }

  /**
   * Reads one QR code: CAMS has no single-code read, so this lists the codes (`ListPhoneMessageQrdl`) and returns
   * the one asked for, or `undefined`. Same params as Graph's (`fields`), but CAMS always returns every field and
   * renders the image in the code's own format. Safe.
   *
   * @throws {ValidationError} for a malformed code or field (nothing sent).
   * @example
   * const qr = await phone.qrCodes.retrieve('4O4YGZEG3RIVE1');
   */
  async retrieve(code: string, params: QrCodeRetrieveParams = {}, options?: CamsRequestOptions): Promise<CamsQrCodeInfo | undefined> {
    const qr = parseOrThrow(CamsQrdlCode, code, 'request', { subject: 'QR code' });
    return this._client.request(
      camsSpec(retrieveQrCode, params, {
        action: 'ListPhoneMessageQrdl',
        custSpaceId: 'optional',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsQrCodeList,
        result: (rows) => (rows ?? []).map(toQrCodeInfo).find((item) => item.code === qr),
      }),
      options,
    );
  }

  /**
   * Changes the prefilled message of a code (`UpdatePhoneMessageQrdl`). CAMS requires the image format on every
   * update: pass `generate_qr_image`, or the code's current format is read first (one more safe call) and kept.
   * Per CAMS's page, the old QR image stops opening the chat after a change.
   *
   * Safe: setting the same message twice leaves the same state.
   *
   * @throws {ValidationError} for a malformed code, a message outside 1–140 characters or an unknown format (nothing sent).
   * @throws {APIError} mapped CAMS errors, e.g. for an unknown code.
   * @example
   * await phone.qrCodes.update('4O4YGZEG3RIVE1', { prefilled_message: 'Show me the summer deals!' });
   */
  async update(code: string, params: CamsQrCodeUpdateParams, options?: CamsRequestOptions): Promise<CamsQrCodeInfo> {
    const qr = parseOrThrow(CamsQrdlCode, code, 'request', { subject: 'QR code' });
    const checked = parseOrThrow(CamsQrCodeUpdateParams, params, 'request', { subject: 'QrCodes.update params' });
    const format = checked.generate_qr_image ?? (await this.retrieve(qr, {}, options))?.generate_qr_image ?? 'PNG';
    return this._client.request(
      camsSpec(updateQrCode, checked, {
        action: 'UpdatePhoneMessageQrdl',
        params: CamsQrCodeUpdateParams,
        custSpaceId: 'optional',
        toWire: (p) => ({ PhoneNumber: this.#digits, QrdlCode: qr, PrefilledMessage: p.prefilled_message, GenerateQrImage: format }),
        response: CamsQrCodeData,
        result: toQrCodeInfo,
      }),
      options,
    );
  }

  /**
   * Deletes a code (`DeletePhoneMessageQrdl`); its link stops working.
   *
   * Safe: idempotent in effect — but if a first attempt deleted the code and its answer was lost, the retry may
   * report the code as unknown.
   *
   * @throws {ValidationError} for a malformed code (nothing sent).
   * @example
   * await phone.qrCodes.delete('4O4YGZEG3RIVE1');
   */
  async delete(code: string, options?: CamsRequestOptions): Promise<CamsSuccess> {
    const qr = parseOrThrow(CamsQrdlCode, code, 'request', { subject: 'QR code' });
    return this._client.request(
      camsSpec(deleteQrCode, {}, {
        action: 'DeletePhoneMessageQrdl',
        custSpaceId: 'optional',
        toWire: () => ({ PhoneNumber: this.#digits, QrdlCode: qr }),
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}
