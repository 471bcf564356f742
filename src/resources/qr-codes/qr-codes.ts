import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { graphSpec } from '../../core/graph-spec.js';
import { createQrCode, deleteQrCode, listQrCodes, retrieveQrCode, updateQrCode } from '../../operations/qr-codes.js';
import { firstItem } from '../phone-number/first-item.js';
import { APIResource } from '../resource.js';
import {
  QrCode,
  QrCodeCreateParams,
  QrCodeInfo,
  QrCodeListParams,
  QrCodePage,
  QrCodeRetrieveParams,
  QrCodeUpdateParams,
  qrFieldsToWire,
} from './schemas.js';

/**
 * QR codes and short links (`wa.me/message/…`) that open a chat with a prefilled message:
 * `client.phoneNumber(id).qrCodes`. Up to 2,000 per number; they never expire.
 *
 * @example
 * const qr = await client.phoneNumber('106540352242922').qrCodes.create({
 *   prefilled_message: 'Show me Cyber Monday deals!',
 *   generate_qr_image: 'PNG',
 * });
 * await sendToCustomer(qr.deep_link_url); // or show qr.qr_image_url
 */
export class QrCodes extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Creates a QR code / short link.
   *
   * Never retried: every successful call creates another code (toward the 2,000 limit). If the answer is lost you
   * get an `OutcomeUnknownError`; list the codes and look for your message before creating again.
   *
   * @throws {ValidationError} for an empty message, one over 140 characters or an unknown image format (nothing sent).
   * @throws {OutcomeUnknownError} when the answer was lost.
   * @example
   * const { code, deep_link_url } = await phone.qrCodes.create({ prefilled_message: 'Hi! I have a question.' });
   */
  create(params: QrCodeCreateParams, options?: RequestOptions): Promise<QrCodeInfo> {
    return this._client.request(
      graphSpec(createQrCode, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/message_qrdls`,
        in: 'body',
        response: QrCodeInfo,
        objectIds: [this.#phoneNumberId],
        reconcileHint:
          'List the codes with phone.qrCodes.list() and look for this prefilled_message before creating the code again.',
      }),
      options,
    );
  }

  /**
   * Lists the number's QR codes: `await` for the first page, `for await` for every code.
   *
   * Safe: retried on transient failures. `code` is always among the fields read.
   *
   * @throws {ValidationError} for an unknown field, both image formats at once, a malformed code or a limit outside 1–25.
   * @example
   * const images = new Map<string, string | undefined>();
   * for await (const qr of phone.qrCodes.list({ fields: ['prefilled_message', 'qr_image_url.format(SVG)'] })) {
   *   images.set(qr.code, qr.qr_image_url);
   * }
   */
  list(params: QrCodeListParams = {}, options?: RequestOptions): PagePromise<QrCodeInfo> {
    return new PagePromise((after) =>
      this._client.request(
        graphSpec(listQrCodes, after === undefined ? params : { ...params, after, before: undefined }, {
          method: 'GET',
          path: path`${this.#phoneNumberId}/message_qrdls`,
          in: 'query',
          toWire: qrFieldsToWire,
          response: QrCodePage,
          objectIds: [this.#phoneNumberId],
        }),
        options,
      ),
    );
  }

  /**
   * Reads one QR code. Graph answers with a one-item list; you get the code itself, or `undefined` when the list
   * is empty (an unknown or deleted code may instead fail with `InvalidRequestError`).
   *
   * Safe: retried on transient failures.
   *
   * @throws {ValidationError} for a malformed code or field (nothing sent).
   * @example
   * const qr = await phone.qrCodes.retrieve('4O4YGZEG3RIVE1', { fields: ['prefilled_message', 'qr_image_url.format(PNG)'] });
   */
  async retrieve(code: string, params: QrCodeRetrieveParams = {}, options?: RequestOptions): Promise<QrCodeInfo | undefined> {
    const qr = parseOrThrow(QrCode, code, 'request', { subject: 'QR code' });
    const page = await this._client.request(
      graphSpec(retrieveQrCode, params, {
        method: 'GET',
        path: path`${this.#phoneNumberId}/message_qrdls/${qr}`,
        in: 'query',
        toWire: qrFieldsToWire,
        response: QrCodePage,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
    return firstItem(page);
  }

  /**
   * Changes the prefilled message of an existing code; its link and image stay the same.
   *
   * Safe: setting the same message twice leaves the same state, so it is retried on transient failures.
   *
   * @throws {ValidationError} for a malformed code or a message outside 1–140 characters (nothing sent).
   * @example
   * await phone.qrCodes.update('4O4YGZEG3RIVE1', { prefilled_message: 'Show me the summer deals!' });
   */
  async update(code: string, params: QrCodeUpdateParams, options?: RequestOptions): Promise<QrCodeInfo> {
    const qr = parseOrThrow(QrCode, code, 'request', { subject: 'QR code' });
    return this._client.request(
      graphSpec(updateQrCode, params, {
        method: 'POST',
        // Graph updates through the collection with the code in the body (contract §3.8).
        path: path`${this.#phoneNumberId}/message_qrdls`,
        in: 'body',
        toWire: (p) => ({ code: qr, ...p }),
        response: QrCodeInfo,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
  }

  /**
   * Deletes a QR code; its link stops working.
   *
   * Safe: deleting is idempotent in effect and retried on transient failures — but if a first attempt deleted
   * the code and its answer was lost, the retry may report the code as unknown (`InvalidRequestError`).
   *
   * @throws {ValidationError} for a malformed code (nothing sent).
   * @example
   * await phone.qrCodes.delete('4O4YGZEG3RIVE1');
   */
  async delete(code: string, options?: RequestOptions): Promise<SuccessResponse> {
    const qr = parseOrThrow(QrCode, code, 'request', { subject: 'QR code' });
    return this._client.request(
      graphSpec(deleteQrCode, {}, {
        method: 'DELETE',
        path: path`${this.#phoneNumberId}/message_qrdls/${qr}`,
        in: 'query',
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
  }
}
