import * as z from 'zod/mini';
import { ValidationError } from '../../errors/validation-error.js';
import { parseOrThrow } from '../../internal/validate.js';
import { CountryCallingCode, NationalNumber, PhoneNumberId, WabaId } from '../../schemas/ids.js';
import { Language } from '../../schemas/locale.js';
import { DataLocalizationRegion } from '../../schemas/region.js';
import { CodeMethod } from '../verification/schemas.js';

/**
 * The steps of a number flow, in order: the number was added to the WABA, a code was requested, the code was
 * verified, the number was registered (contract §2.2 → §3.3 → §3.4; domain "Migration between providers").
 */
export const FLOW_STEPS = ['added', 'code-requested', 'verified', 'registered'] as const;
/** A step of a number flow. */
export type FlowStep = (typeof FLOW_STEPS)[number];

/** Which flow a checkpoint belongs to: moving a number from another WABA, or adding a brand-new one. */
export type FlowKind = 'migration' | 'onboarding';

/** The only checkpoint format this version writes and reads. */
export const CHECKPOINT_VERSION = 1;

/**
 * A resumable, serializable record of where a migration or onboarding stands — plain JSON to keep in a database,
 * a queue message or a cookie between serverless invocations (e.g. until the SMS with the code arrives).
 *
 * It never holds a secret: no PIN, no verification code, no token. It is strict: unknown keys (a `pin` someone
 * added, say), an unknown `version`, a non-numeric id or an unknown step are rejected by {@link parseCheckpoint}.
 * It is not signed: resuming re-reads the number from Graph and checks that the id still belongs to
 * `cc` + `phone_number`, so an edited id cannot redirect the flow to another number.
 *
 * @example
 * const checkpoint: FlowCheckpoint = {
 *   version: 1, kind: 'migration', wabaId: '102290129340398', phoneNumberId: '106540352242922',
 *   cc: '65', phone_number: '81234567', step: 'code-requested', codeMethod: 'SMS', language: 'en_US',
 *   updatedAt: '2026-11-02T10:00:00.000Z',
 * };
 */
export const FlowCheckpoint = z.strictObject({
  version: z.literal(CHECKPOINT_VERSION, `version must be ${CHECKPOINT_VERSION} (a checkpoint from another wabakit version cannot be resumed)`),
  kind: z.enum(['migration', 'onboarding'], 'kind must be "migration" or "onboarding"'),
  wabaId: WabaId,
  // Every step comes after the add, so the id is always known.
  phoneNumberId: PhoneNumberId,
  cc: CountryCallingCode,
  phone_number: NationalNumber,
  step: z.enum(FLOW_STEPS, `step must be one of ${FLOW_STEPS.join(', ')}`),
  codeMethod: CodeMethod,
  language: Language,
  /** `data_localization_region` to register with (local storage), if any. */
  region: z.optional(DataLocalizationRegion),
  /** When the checkpoint was written (ISO 8601, UTC). */
  updatedAt: z.iso.datetime('updatedAt must be an ISO 8601 date-time in UTC'),
});
/** A serializable flow checkpoint (see {@link FlowCheckpoint}). */
export type FlowCheckpoint = z.infer<typeof FlowCheckpoint>;

/**
 * Reads a checkpoint from JSON text or from an already-parsed object, rejecting anything that is not a
 * checkpoint this version wrote.
 *
 * Pure: no request. Use it where the checkpoint comes back from storage; `resume()` calls it for you.
 *
 * @throws {ValidationError} (`subject: 'flow checkpoint'`) for invalid JSON, an unknown version, unknown keys,
 *   malformed ids or numbers, or an unknown step. Messages name the field, never its value.
 * @example
 * const checkpoint = parseCheckpoint(await kv.get(`migration:${wabaId}`));
 */
export function parseCheckpoint(input: unknown): FlowCheckpoint {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      throw new ValidationError({
        direction: 'request',
        subject: 'flow checkpoint',
        issues: [{ path: [], message: 'is not valid JSON', code: 'invalid_json' }],
      });
    }
  }
  return parseOrThrow(FlowCheckpoint, value, 'request', { subject: 'flow checkpoint' });
}
