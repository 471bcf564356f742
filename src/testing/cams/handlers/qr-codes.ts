import { channelOf, numberOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import type { CamsPhoneNumber, CamsQrCode } from '../state/types.js';
import { metaError } from '../wire/errors.js';

/**
 * Message QR codes / short links (contract §4.6): create, update, list, delete. Meta's limits apply
 * (graph-api.md §3.8): ≤ 2,000 codes per number and a prefilled message of ≤ 140 characters, refused as
 * `ERR-FB-001` `(#100)`; an unknown `QrdlCode` is Meta's "does not exist" `(#100)`.
 * @internal
 */

const MAX_CODES = 2000;
const MAX_MESSAGE = 140;

function row(number: CamsPhoneNumber, qr: CamsQrCode) {
  return { ...qr, PhoneNumber: number.PhoneNumber };
}

function message(call: CamsCall): string {
  const text = call.params.required('PrefilledMessage');
  if ([...text].length > MAX_MESSAGE) throw metaError(100, `Param prefilled_message must be at most ${MAX_MESSAGE} characters long`);
  return text;
}

function image(call: CamsCall): 'PNG' | 'SVG' {
  return call.params.oneOf('GenerateQrImage', ['PNG', 'SVG'], true) ?? 'PNG';
}

function find(call: CamsCall, number: CamsPhoneNumber): CamsQrCode {
  const code = call.params.required('QrdlCode');
  const qr = number.qrCodes.find((q) => q.QrdlCode === code);
  if (qr === undefined) throw metaError(100, `Unsupported request. The QR code '${code}' does not exist for this phone number.`);
  return qr;
}

function imageUrl(code: string, format: 'PNG' | 'SVG'): string {
  return `https://scontent.simulator.wabakit.invalid/qr/${code}.${format.toLowerCase()}`;
}

function create(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'optional'));
  const format = image(call);
  const text = message(call);
  if (number.qrCodes.length >= MAX_CODES) throw metaError(100, `A phone number can have at most ${MAX_CODES} QR codes.`);
  const code = call.store.random.ids.qrCode();
  const qr: CamsQrCode = { QrdlCode: code, PrefilledMessage: text, GenerateQrImage: format, DeepLinkUrl: `https://wa.me/message/${code}`, QrImageUrl: imageUrl(code, format) };
  number.qrCodes.push(qr);
  return { Data: row(number, qr) };
}

function update(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'optional'));
  const format = image(call);
  const text = message(call);
  const qr = find(call, number);
  qr.PrefilledMessage = text;
  qr.GenerateQrImage = format;
  qr.QrImageUrl = imageUrl(qr.QrdlCode, format);
  return { Data: row(number, qr) };
}

function list(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'optional'));
  return { Data: number.qrCodes.map((qr) => row(number, qr)) };
}

function remove(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'optional'));
  const qr = find(call, number);
  number.qrCodes = number.qrCodes.filter((q) => q !== qr);
  return {};
}

/** @internal */
export const qrCodeRoutes: CamsRoutes = {
  CreatePhoneMessageQrdl: route(create, false, 5),
  UpdatePhoneMessageQrdl: route(update, false, 5),
  ListPhoneMessageQrdl: route(list, false, 5),
  DeletePhoneMessageQrdl: route(remove, false, 5),
};
