import { nameError, WhatsAppError } from './whatsapp-error.js';

/** One problem found by a schema: where, and what. Never the offending value (it may be a PIN or a token). */
export interface ValidationIssue {
  /** Path inside the checked data, e.g. `['pin']` or `['data', 0, 'status']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** zod's issue code, e.g. `invalid_format`, `too_big`. */
  readonly code: string;
}

/** Which side failed: what you passed (nothing was sent), or what Meta answered. */
export type ValidationDirection = 'request' | 'response';

/** What a {@link ValidationError} carries. */
export interface ValidationErrorInit {
  readonly direction: ValidationDirection;
  readonly issues: readonly ValidationIssue[];
  /** What was being validated, e.g. `register params` or `POST /v23.0/{id}/register response`. */
  readonly subject: string;
  readonly fbtraceId?: string | undefined;
  readonly status?: number | undefined;
  /** Who sent the response that did not match (`direction: 'response'`). @default 'Graph' */
  readonly from?: 'Graph' | 'CAMS' | undefined;
}

/**
 * Input was rejected before any request was sent (`direction: 'request'`), or Meta's answer did not have the
 * shape the SDK relies on (`direction: 'response'` — Meta changed, or we are wrong: report it with `fbtraceId`).
 *
 * Not an `APIError`: no Graph error happened. Issues name the field and the rule, never the value.
 *
 * @example
 * try {
 *   await phone.register({ pin: '12345' });
 * } catch (error) {
 *   if (isValidationError(error)) console.error(error.issues); // [{ path: ['pin'], … }] — nothing was sent
 * }
 */
export class ValidationError extends WhatsAppError {
  declare readonly name: 'ValidationError';
  declare readonly direction: ValidationDirection;
  declare readonly issues: readonly ValidationIssue[];
  declare readonly subject: string;
  declare readonly fbtraceId: string | undefined;
  declare readonly status: number | undefined;

  constructor(init: ValidationErrorInit) {
    super(formatMessage(init));
    this.direction = init.direction;
    this.issues = init.issues;
    this.subject = init.subject;
    this.fbtraceId = init.fbtraceId;
    this.status = init.status;
  }
}
nameError(ValidationError, 'ValidationError');

function formatMessage(init: ValidationErrorInit): string {
  const lead =
    init.direction === 'request'
      ? `Invalid ${init.subject}; nothing was sent`
      : `Unexpected ${init.subject} from ${init.from ?? 'Graph'}`;
  const list = init.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  const more = init.issues.length > 5 ? ` (+${init.issues.length - 5} more)` : '';
  return `${lead}: ${list}${more}`;
}
