import type { z } from 'zod/mini';
import { ValidationError, type ValidationDirection, type ValidationIssue } from '../errors/validation-error.js';

/** Context for a {@link parseOrThrow} failure: what was checked and, for responses, Meta's trace id. */
export interface ValidateContext {
  readonly subject: string;
  readonly fbtraceId?: string | undefined;
  readonly status?: number | undefined;
}

/**
 * Parses `data` with `schema`, or throws a {@link ValidationError} whose issues name the path and the rule —
 * never the value (zod 4 leaves `input` out of issues unless asked; we copy only path, message and code).
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  direction: ValidationDirection,
  context: ValidateContext,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ValidationError({
    direction,
    subject: context.subject,
    fbtraceId: context.fbtraceId,
    status: context.status,
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
