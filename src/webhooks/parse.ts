import type { z } from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-error.js';
import { describeIssue, formatPath, toIssues } from '../internal/validate.js';
import { toBytes, type RawBody } from './bytes.js';
import { WebhookPayloadError } from './errors.js';
import { AccountAlertsValue, AccountReviewUpdateValue, AccountUpdateValue, BusinessCapabilityUpdateValue } from './schemas/account.js';
import { WebhookEnvelope } from './schemas/envelope.js';
import { MessagesValue } from './schemas/messages.js';
import { PhoneNumberNameUpdateValue, PhoneNumberQualityUpdateValue, SecurityValue } from './schemas/phone-number.js';

/** The schema of each webhook field wabakit parses: those that concern numbers and accounts (contract §5), plus
 * `messages` for statuses and identity hashes. */
export const FIELD_SCHEMAS = {
  account_update: AccountUpdateValue,
  account_review_update: AccountReviewUpdateValue,
  account_alerts: AccountAlertsValue,
  business_capability_update: BusinessCapabilityUpdateValue,
  phone_number_name_update: PhoneNumberNameUpdateValue,
  phone_number_quality_update: PhoneNumberQualityUpdateValue,
  security: SecurityValue,
  messages: MessagesValue,
} as const;

/** A webhook field wabakit parses into a typed value. */
export type KnownWebhookField = keyof typeof FIELD_SCHEMAS;

/** A change of a known field whose value matched its schema; narrow on `type` to get the typed `value`. */
export type KnownWebhookChange = {
  [F in KnownWebhookField]: { readonly type: F; readonly field: F; readonly value: z.infer<(typeof FIELD_SCHEMAS)[F]> };
}[KnownWebhookField];

/** A change of a field wabakit does not model (templates, calls, flows…): passed through untouched. */
export interface UnknownWebhookChange {
  readonly type: 'unknown';
  readonly field: string;
  readonly value: unknown;
}

/**
 * A change of a known field whose value did not match the schema (Meta changed the shape, or sent something
 * unexpected): passed through with the issues rather than failing the whole delivery.
 */
export interface InvalidWebhookChange {
  readonly type: 'invalid';
  readonly field: KnownWebhookField;
  readonly value: unknown;
  /**
   * Path (inside `value`) and rule of each problem, e.g. `{ path: ['restriction_info', 0, 'expiration'],
   * message: 'expected Unix seconds (an integer or a string of digits), got boolean' }`; never the value.
   */
  readonly issues: readonly ValidationIssue[];
  /**
   * The issues in one line, each with its full path in the delivery, e.g. `account_update change does not match
   * its schema: entry[0].changes[0].value.restriction_info[0].expiration: expected Unix seconds (an integer or a
   * string of digits), got boolean`. From {@link parseWebhookChange} the paths start at `value`.
   */
  readonly message: string;
}

/**
 * One `entry[].changes[]` item. `type` is the field name for typed changes, `'unknown'` for fields not modelled
 * and `'invalid'` for known fields with an unexpected value — `switch (change.type)` narrows `value`.
 */
export type WebhookChange = KnownWebhookChange | UnknownWebhookChange | InvalidWebhookChange;

/** One `entry[]` item: the changes of one WABA. */
export interface WebhookEntry {
  /** The WABA id. */
  readonly id: string;
  /** Unix seconds, when Meta sent it. */
  readonly time: number | undefined;
  readonly changes: readonly WebhookChange[];
}

/** A parsed delivery. */
export interface WebhookPayload {
  /** `whatsapp_business_account` for WhatsApp deliveries. */
  readonly object: string;
  readonly entry: readonly WebhookEntry[];
}

/**
 * Parses a webhook delivery into typed changes, tolerating new fields and new values.
 *
 * Takes the raw body (string or bytes) or an already-parsed JSON value. Only the envelope is strict
 * (`object`, `entry[].id`, `changes[].field`); each change is parsed on its own: unknown fields come back as
 * `type: 'unknown'`, known fields with an unexpected value as `type: 'invalid'` (with issues). Does **not**
 * verify the signature — call {@link verifySignature} on the raw body first (or use `createWebhookHandler`).
 *
 * @throws {WebhookPayloadError} `invalid-json` or `invalid-envelope`.
 * @example
 * const payload = parseWebhook(rawBody);
 * for (const entry of payload.entry) {
 *   for (const change of entry.changes) {
 *     if (change.type === 'phone_number_quality_update') console.log(change.value.event, change.value.max_daily_conversations_per_business);
 *   }
 * }
 */
export function parseWebhook(body: RawBody | Readonly<Record<string, unknown>>): WebhookPayload {
  const json = isRaw(body) ? parseJson(body) : body;
  const result = WebhookEnvelope.safeParse(json, { error: describeIssue });
  if (!result.success) throw new WebhookPayloadError('invalid-envelope', toIssues(result.error.issues));
  return {
    object: result.data.object,
    entry: result.data.entry.map((entry, entryIndex) => ({
      id: entry.id,
      time: entry.time,
      changes: (entry.changes ?? []).map((change, changeIndex) =>
        parseChangeAt(change.field, change.value, ['entry', entryIndex, 'changes', changeIndex, 'value']),
      ),
    })),
  };
}

/**
 * Parses one change's value by its field name; never throws.
 *
 * @example
 * const change = parseWebhookChange('account_review_update', { decision: 'APPROVED' });
 * if (change.type === 'account_review_update') console.log(change.value.decision);
 */
export function parseWebhookChange(field: string, value: unknown): WebhookChange {
  return parseChangeAt(field, value, ['value']);
}

// `at` is where the value sits in the delivery, so the message names the full path (issues stay relative).
function parseChangeAt(field: string, value: unknown, at: readonly (string | number)[]): WebhookChange {
  if (!isKnownField(field)) return { type: 'unknown', field, value };
  const result = FIELD_SCHEMAS[field].safeParse(value, { error: describeIssue });
  if (result.success) return { type: field, field, value: result.data } as KnownWebhookChange;
  const issues = toIssues(result.error.issues);
  return { type: 'invalid', field, value, issues, message: invalidMessage(field, issues, at) };
}

function invalidMessage(field: string, issues: readonly ValidationIssue[], at: readonly (string | number)[]): string {
  const list = issues
    .slice(0, 5)
    .map((issue) => `${formatPath([...at, ...issue.path])}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (+${String(issues.length - 5)} more)` : '';
  return `${field} change does not match its schema: ${list}${more}`;
}

function isKnownField(field: string): field is KnownWebhookField {
  return Object.prototype.hasOwnProperty.call(FIELD_SCHEMAS, field);
}

function isRaw(body: unknown): body is RawBody {
  return typeof body === 'string' || ArrayBuffer.isView(body) || Object.prototype.toString.call(body) === '[object ArrayBuffer]';
}

function parseJson(body: RawBody): unknown {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(toBytes(body));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The body is not echoed: it may hold personal data.
    throw new WebhookPayloadError('invalid-json');
  }
}
