import * as z from 'zod/mini';

/**
 * Envelope-only answers (register, deregister, request code…): nothing to read beyond `Code`. In a module of its own
 * so that a handler that registers or requests a code does not bundle every CAMS response schema of
 * `schemas.ts` (issue #12: a module-level schema keeps its whole module). @internal
 */
export const NoPayload = z.unknown();

/** What an envelope-only CAMS call returns: the same `{ success: true }` as Graph's. */
export interface CamsSuccess {
  readonly success: true;
}
