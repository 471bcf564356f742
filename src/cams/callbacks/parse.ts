import { errorFromWebhook, type ErrorFromWebhookOptions } from '../../errors/from-webhook.js';
import type { APIError } from '../../errors/api-error.js';
import { toBytes, type RawBody } from '../../webhooks/bytes.js';
import { WebhookPayloadError } from '../../webhooks/errors.js';
import type { CamsCallbackEvent, CamsInboundEvent, CamsStatusEvent } from './types.js';

type Item = Readonly<Record<string, unknown>>;

/** Options of the CAMS callback parsers: the same as `errorFromWebhook`'s (clock, redaction). */
export type ParseCamsCallbackOptions = ErrorFromWebhookOptions;

const decoder = new TextDecoder();

/**
 * The items of one CAMS push: the body is a JSON array ([D-WH]: "a single push may contain multiple reports");
 * a single object is read as one item, non-object elements are skipped. Keys are trimmed, because CAMS's own
 * sample carries `"Timestamp "` with a trailing space ([D-WH], ChatAppInbound).
 */
function items(body: RawBody | unknown): Item[] {
  let parsed: unknown = body;
  if (typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    try {
      parsed = JSON.parse(decoder.decode(toBytes(body as RawBody)));
    } catch {
      throw new WebhookPayloadError('invalid-json');
    }
  }
  const list = Array.isArray(parsed) ? parsed : isItem(parsed) ? [parsed] : undefined;
  if (list === undefined) {
    throw new WebhookPayloadError('invalid-envelope', [{ path: [], message: 'a CAMS callback is a JSON array of objects', code: 'invalid_type' }]);
  }
  return list.filter(isItem).map((item) => Object.fromEntries(Object.entries(item).map(([key, value]) => [key.trim(), value])));
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
const digits = (value: unknown): string | undefined => str(value)?.replace(/^\+/, '');
const lower = <T extends string>(value: unknown): T | undefined => str(value)?.toLowerCase() as T | undefined;

function millis(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * `ErrorCode` + `ErrorDescription` → the Graph webhook error class. CAMS prefixes the description with the code
 * (`"131026:Receiver is incapable…"`, contract §3.6): the prefix is removed from the message.
 */
function statusErrors(item: Item, options: ParseCamsCallbackOptions): APIError[] | undefined {
  const code = str(item['ErrorCode'])?.trim();
  if (code === undefined) return undefined;
  const description = str(item['ErrorDescription']);
  const message = description?.replace(new RegExp(`^\\s*${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*`), '');
  if (/^\d+$/.test(code)) return [errorFromWebhook({ code: Number(code), ...(message === undefined ? {} : { message }) }, options)];
  // A CAMS word instead of a Meta code: a plain APIError; the code itself stays in the event's `error_code`.
  return [errorFromWebhook({ code: Number.NaN, message: message ?? `CAMS reported ${code}` }, options)];
}

function toStatus(item: Item, options: ParseCamsCallbackOptions): CamsStatusEvent {
  const template = compact({ code: str(item['TemplateCode']), name: str(item['TemplateName']), language: str(item['Language']) });
  const conversation = compact({ id: str(item['ConversationId']), type: str(item['ConversationType']) });
  return compact({
    type: 'status' as const,
    message_id: str(item['MessageId']),
    task_id: str(item['TaskId']),
    from: digits(item['From']),
    recipient_id: digits(item['To']),
    timestamp: millis(item['Timestamp']),
    status: lower(item['Status']),
    status_description: str(item['StatusDescription']),
    conversation: Object.keys(conversation).length ? conversation : undefined,
    message_kind: lower(item['MsgFrameType']),
    template: Object.keys(template).length ? template : undefined,
    errors: statusErrors(item, options),
    error_code: str(item['ErrorCode'])?.trim(),
    raw: item,
  });
}

function toInbound(item: Item): CamsInboundEvent {
  const type = lower<NonNullable<CamsInboundEvent['message_type']>>(item['Type']);
  const message = item['Message'];
  let content: unknown;
  if (type !== 'text' && typeof message === 'string') {
    try {
      content = JSON.parse(message);
    } catch {
      content = undefined;
    }
  } else if (type !== 'text' && isItem(message)) {
    content = message;
  }
  return compact({
    type: 'inbound' as const,
    message_id: str(item['MessageId']),
    from: digits(item['From']),
    to: digits(item['To']),
    timestamp: millis(item['Timestamp']),
    display_name: str(item['DisplayName']),
    name: str(item['Name']),
    message_type: type,
    text: type === 'text' && typeof message === 'string' ? message : undefined,
    content,
    raw: item,
  });
}

/**
 * Parses a ChatAppStatus push (the body CAMS POSTs to `status_callback_url`, or an MNS message body) into typed
 * status events. Tolerant: unknown fields are kept in `raw`, enums stay open, a missing field is absent. A failed
 * status carries `errors` as the same classes as Graph webhooks (137000 → `IdentityMismatchError`…).
 *
 * CAMS documents **no signature** on its callbacks (contract §6): anyone who learns the URL can post to it. Use a
 * secret path segment, an IP allow-list or the MNS queue, and treat the content as unauthenticated. Answer within
 * 3 s ([D-WH]).
 *
 * @param body the raw body (string or bytes) or the already-parsed JSON.
 * @throws {WebhookPayloadError} `invalid-json` for a body that is not JSON, `invalid-envelope` for JSON that is
 *   neither an array nor an object.
 * @example
 * import { parseCamsStatusCallback } from 'wabakit/cams';
 * import { isIdentityMismatchError } from 'wabakit';
 * for (const event of parseCamsStatusCallback(await request.text())) {
 *   if (event.errors?.some(isIdentityMismatchError)) markUntrusted(event.recipient_id);
 * }
 */
export function parseCamsStatusCallback(body: RawBody | unknown, options: ParseCamsCallbackOptions = {}): CamsStatusEvent[] {
  return items(body).map((item) => toStatus(item, options));
}

/**
 * Parses a ChatAppInbound push (the body CAMS POSTs to `inbound_callback_url`) into typed inbound events: `text`
 * for text messages, `content` (the parsed `Message` JSON) for media, location and the rest. Tolerant like
 * {@link parseCamsStatusCallback}; unsigned, like every CAMS callback.
 *
 * @throws {WebhookPayloadError} for a body that is not a JSON array or object.
 * @example
 * for (const message of parseCamsInboundCallback(await request.text())) {
 *   if (message.message_type === 'text') await reply(message.from, message.text);
 * }
 */
export function parseCamsInboundCallback(body: RawBody | unknown): CamsInboundEvent[] {
  return items(body).map(toInbound);
}

/**
 * Parses either kind of CAMS push, item by item: an item with a `Status` is a status report, anything else an
 * inbound message — for one URL configured as both callbacks.
 *
 * @throws {WebhookPayloadError} for a body that is not a JSON array or object.
 * @example
 * for (const event of parseCamsCallback(body)) {
 *   if (event.type === 'status' && event.status === 'failed') console.warn(event.errors?.[0]?.message);
 * }
 */
export function parseCamsCallback(body: RawBody | unknown, options: ParseCamsCallbackOptions = {}): CamsCallbackEvent[] {
  return items(body).map((item) => ('Status' in item ? toStatus(item, options) : toInbound(item)));
}
