import * as z from 'zod/mini';
import { QrCodeCreateParams, QrCodeListParams, QrCodeRetrieveParams, QrCodeUpdateParams } from '../resources/qr-codes/schemas.js';
import { defineOperation } from './define.js';

/**
 * Create a QR code / short link — every success creates another code (toward Meta's 2,000 per number, behind
 * either provider): never retried.
 */
export const createQrCode = defineOperation({ name: 'QrCodes.create', retry: 'never', params: QrCodeCreateParams });

/** List the number's QR codes — a read: safe. */
export const listQrCodes = defineOperation({ name: 'QrCodes.list', retry: 'safe', params: QrCodeListParams });

/** Read one QR code — safe. */
export const retrieveQrCode = defineOperation({ name: 'QrCodes.retrieve', retry: 'safe', params: QrCodeRetrieveParams });

/** Change a code's prefilled message — setting the same message twice leaves the same state: safe. */
export const updateQrCode = defineOperation({ name: 'QrCodes.update', retry: 'safe', params: QrCodeUpdateParams });

/** Delete a code — idempotent in effect: safe (a retry after a lost answer may report the code unknown). */
export const deleteQrCode = defineOperation({ name: 'QrCodes.delete', retry: 'safe', params: z.strictObject({}) });
