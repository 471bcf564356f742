import type { z } from 'zod/mini';
import { ValidationError, type ValidationDirection, type ValidationIssue } from '../errors/validation-error.js';
import type { AsIsCheck } from './accepts-as-is.js';

/** Context for a {@link parseOrThrow} failure: what was checked and, for responses, Meta's trace id. */
export interface ValidateContext {
  readonly subject: string;
  readonly fbtraceId?: string | undefined;
  readonly status?: number | undefined;
  /** Who sent a response (the message names it). @default 'Graph' */
  readonly from?: 'Graph' | 'CAMS' | undefined;
  /**
   * The response fast path, `acceptsAsIs` (accepts-as-is.ts): passed in by the clients that ship it (`WabaClient`,
   * `CamsClient`), so a core client's bundle leaves it out and zod parses every response (issue #12).
   */
  readonly asIs?: AsIsCheck | undefined;
}

/**
 * Parses `data` with `schema`, or throws a {@link ValidationError} whose issues name the path and the rule —
 * never the value (zod 4 leaves `input` out of issues unless asked; we copy only path, message and code).
 *
 * With `context.asIs`, a response (JSON from `JSON.parse`) that zod would return unchanged is returned as is,
 * without zod's copy (accepts-as-is.ts, issue #12); anything else — invalid, transformed, defaulted — goes through
 * zod, with the same result either way.
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  direction: ValidationDirection,
  context: ValidateContext,
): z.output<S> {
  // Requests hold the caller's own objects (not JSON): zod's copy keeps later changes of theirs out of the call.
  if (direction === 'response' && context.asIs?.(schema, data) === true) return data as z.output<S>;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ValidationError({
    direction,
    subject: context.subject,
    fbtraceId: context.fbtraceId,
    status: context.status,
    from: context.from,
    issues: toIssues(result.error.issues),
  });
}

/** zod issues → secret-free {@link ValidationIssue}s. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * The type of a value as an issue message names it: `null`, `array`, `integer`/`number`, `string`, `boolean`,
 * `object`… Only the type, never the value (a webhook can hold personal data). @internal
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : Number.isNaN(value) ? 'NaN' : 'number';
  return typeof value;
}

// zod's names for what a schema expected, in the words an issue message uses.
const EXPECTED: Readonly<Record<string, string>> = { int: 'integer', nonoptional: 'a value' };

/**
 * A zod error map that writes "expected <type>, got <type>" instead of zod/mini's bare "Invalid input" (zod/mini
 * loads no locale). Unions list every accepted type: `expected string or number, got boolean`. Used for webhook
 * schemas, which name no messages of their own; a schema's own message still wins. Reads only the type of the
 * input, never its value. @internal
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  const got = describeType(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${got}`;
    case 'invalid_union':
      return unionMessage(issue.errors, got);
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return `expected ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_format':
      return `expected a string in ${issue.format} format`;
    default:
      return undefined;
  }
};

function unionMessage(branches: readonly (readonly z.core.$ZodIssue[])[], got: string): string {
  // zod reports an exclusive union that matched several branches with no branch errors.
  if (branches.length === 0) return `matched more than one accepted shape, got ${got}`;
  // A branch whose only issue is a type mismatch at this very path rejected the type itself: list the type.
  // Any other branch accepted the type but failed inside it: say where, so the nearest match is visible.
  const alternatives = branches.map((issues) => {
    const [first] = issues;
    if (issues.length === 1 && first?.code === 'invalid_type' && first.path.length === 0) {
      return EXPECTED[first.expected] ?? first.expected;
    }
    return `${got} (${issues.map((inner) => `${formatPath(inner.path) || 'value'}: ${inner.message}`).join('; ')})`;
  });
  return `expected ${[...new Set(alternatives)].join(' or ')}, got ${got}`;
}

/**
 * A path the way it is written in JavaScript: `entry[0].changes[0].value.restriction_info[0].expiration`.
 * @internal
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${String(key)}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
