import * as z from 'zod/mini';
import { ValidationError } from '../../errors/validation-error.js';
import { parseOrThrow } from '../../internal/validate.js';
import { FLOW_STEPS } from '../../resources/migration/checkpoint.js';
import { CodeMethod } from '../../resources/verification/schemas.js';
import { CountryCallingCode, NationalNumber, PhoneNumberId } from '../../schemas/ids.js';
import { Language } from '../../schemas/locale.js';
import { CustSpaceId } from '../core/params.js';

/**
 * A resumable, serializable record of where a CAMS migration or onboarding stands — the same steps and fields as
 * Graph's `FlowCheckpoint`, keyed by the channel and the number's digits instead of WABA and phone number ids
 * (contract §1.3, §6). `provider: 'cams'` keeps the two apart: neither client resumes the other's checkpoint.
 *
 * It never holds a secret (no code, no key). Strict: unknown keys, another version or provider are rejected.
 *
 * @example
 * const checkpoint: CamsFlowCheckpoint = {
 *   version: 1, provider: 'cams', kind: 'onboarding', custSpaceId: 'cams-demo0001', cc: '65', phone_number: '81234567',
 *   step: 'code-requested', codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z',
 * };
 */
export const CamsFlowCheckpoint = z.strictObject({
  version: z.literal(1, 'version must be 1 (a checkpoint from another wabakit version cannot be resumed)'),
  provider: z.literal('cams', 'provider must be "cams" (resume Graph checkpoints with WabaClient)'),
  kind: z.enum(['migration', 'onboarding'], 'kind must be "migration" or "onboarding"'),
  /** The channel the flow runs on; absent when the client's default was used and none was named. */
  custSpaceId: z.optional(CustSpaceId),
  cc: CountryCallingCode,
  phone_number: NationalNumber,
  /** Meta's phone number id, when CAMS reported it (the migration calls do, contract §4.3). */
  phoneNumberId: z.optional(PhoneNumberId),
  step: z.enum(FLOW_STEPS, `step must be one of ${FLOW_STEPS.join(', ')}`),
  codeMethod: CodeMethod,
  language: Language,
  updatedAt: z.iso.datetime('updatedAt must be an ISO 8601 date-time in UTC'),
});
/** A serializable CAMS flow checkpoint (see {@link CamsFlowCheckpoint}). */
export type CamsFlowCheckpoint = z.infer<typeof CamsFlowCheckpoint>;

/**
 * Reads a CAMS checkpoint from JSON text or an object. Pure: no request.
 * @throws {ValidationError} (`subject: 'CAMS flow checkpoint'`) for invalid JSON or anything this version did not write.
 * @example
 * const checkpoint = parseCamsCheckpoint(await kv.get(key));
 */
export function parseCamsCheckpoint(input: unknown): CamsFlowCheckpoint {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      throw new ValidationError({ direction: 'request', subject: 'CAMS flow checkpoint', issues: [{ path: [], message: 'is not valid JSON', code: 'invalid_json' }] });
    }
  }
  return parseOrThrow(CamsFlowCheckpoint, value, 'request', { subject: 'CAMS flow checkpoint' });
}
