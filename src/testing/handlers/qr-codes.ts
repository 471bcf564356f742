import type { SimPhoneNumber, SimQrCode } from '../state/types.js';
import { parseFields, selectFields } from '../wire/fields.js';
import { invalidParam, unsupportedRequest } from '../wire/graph-error.js';
import { paginate } from '../wire/paging.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `/{phone}/message_qrdls` (contract §3.8): create, update (POST with `code`), list (`code=` filter, paging),
 * get one (`/message_qrdls/{code}` → `{data:[…]}`), delete. ≤ 2,000 per number, prefilled message ≤ 140 chars.
 * Meta documents the cap but no code; the simulator answers (#100) with details.
 * @internal
 */

export const QR_LIMIT = 2000;
const DEFAULT_FIELDS = ['code', 'prefilled_message', 'deep_link_url'];

function wire(qr: SimQrCode, ctx: HandlerContext, format?: 'SVG' | 'PNG'): Record<string, unknown> {
  const imageFormat = format ?? qr.imageFormat;
  return selectFields(
    {
      code: () => qr.code,
      prefilled_message: () => qr.prefilledMessage,
      deep_link_url: () => `https://wa.me/message/${qr.code}`,
      creation_time: () => Math.floor(qr.createdAt / 1000),
      qr_image_url: () =>
        `https://scontent.whatsapp.net/v/simulated/qr/${qr.code}.${(imageFormat ?? 'PNG').toLowerCase()}`,
    },
    parseFields(ctx.params.string('fields')),
    imageFormat === undefined ? DEFAULT_FIELDS : [...DEFAULT_FIELDS, 'qr_image_url'],
    'WhatsAppBusinessQRCode',
    { includeId: false },
  );
}

function requestedFormat(ctx: HandlerContext): 'SVG' | 'PNG' | undefined {
  const match = /qr_image_url\.format\((SVG|PNG)\)/.exec(ctx.params.string('fields') ?? '');
  return match?.[1] === 'SVG' || match?.[1] === 'PNG' ? match[1] : undefined;
}

function message(ctx: HandlerContext): string {
  const text = ctx.params.required('prefilled_message');
  if ([...text].length > 140) throw invalidParam('Param prefilled_message must be at most 140 characters long');
  return text;
}

function find(ctx: HandlerContext, phone: SimPhoneNumber, code: string): SimQrCode {
  const qr = phone.qrCodes.get(code);
  if (!qr) throw unsupportedRequest(ctx.method, code);
  return qr;
}

function createOrUpdate(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const code = ctx.sub ?? ctx.params.string('code');
  const format = ctx.params.oneOf('generate_qr_image', ['SVG', 'PNG'] as const);
  if (code !== undefined) {
    const qr = find(ctx, phone, code);
    qr.prefilledMessage = message(ctx);
    if (format !== undefined) qr.imageFormat = format;
    return ok(wire(qr, ctx));
  }
  const prefilled = message(ctx);
  if (phone.qrCodes.size >= QR_LIMIT) {
    throw invalidParam(`A phone number can have at most ${QR_LIMIT} QR codes and short links`);
  }
  let newCode = ctx.random.ids.qrCode();
  while (phone.qrCodes.has(newCode)) newCode = ctx.random.ids.qrCode();
  const qr: SimQrCode = { code: newCode, prefilledMessage: prefilled, imageFormat: format, createdAt: ctx.now };
  phone.qrCodes.set(newCode, qr);
  return ok(wire(qr, ctx));
}

function list(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const format = requestedFormat(ctx);
  const code = ctx.sub ?? ctx.params.string('code');
  if (code !== undefined) return ok({ data: [wire(find(ctx, phone, code), ctx, format)] });
  const page = paginate([...phone.qrCodes.values()], (qr) => qr.code, ctx.params, ctx.url);
  return ok({ ...page, data: page.data.map((qr) => wire(qr, ctx, format)) });
}

function remove(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const code = ctx.sub ?? ctx.params.required('code');
  find(ctx, phone, code);
  phone.qrCodes.delete(code);
  return success();
}

/** @internal */
export const qrCodeRoutes: EdgeRoutes<SimPhoneNumber> = { GET: list, POST: createOrUpdate, DELETE: remove };
