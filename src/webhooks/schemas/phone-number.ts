/**
 * Values of the phone-number-level webhook fields (contract §5): `phone_number_name_update`,
 * `phone_number_quality_update`, `security`. From Meta's references [D-WNU], [D-WQU], [PM] and the security
 * webhook reference; enums are open and unknown keys are kept.
 */

import * as z from 'zod/mini';
import { MessagingTier, openEnum } from './common.js';

/** `phone_number_name_update`: the display name of a number was reviewed (new number, or an edited name). */
export const PhoneNumberNameUpdateValue = z.looseObject({
  display_phone_number: z.optional(z.string()),
  decision: openEnum(['APPROVED', 'DEFERRED', 'PENDING', 'REJECTED'] as const),
  requested_verified_name: z.optional(z.string()),
  /** `null` when the name was accepted. */
  rejection_reason: z.optional(
    z.nullable(
      openEnum([
        'NAME_EMPLOYEE_ISSUE',
        'NAME_ENDCLIENT_NOTRELATED',
        'NAME_FORMAT_UNACCEPTABLE',
        'NAME_INDIVIDUAL_ISSUE',
        'NAME_NOT_CONSISTENT',
        'UNKNOWN',
      ] as const),
    ),
  ),
});
export type PhoneNumberNameUpdateValue = z.infer<typeof PhoneNumberNameUpdateValue>;

/**
 * `phone_number_quality_update`: a number's throughput or the portfolio's messaging limit changed.
 * `current_limit`/`old_limit` are being removed (Feb 2026) in favour of `max_daily_conversations_per_business`.
 */
export const PhoneNumberQualityUpdateValue = z.looseObject({
  display_phone_number: z.optional(z.string()),
  event: openEnum(['ONBOARDING', 'THROUGHPUT_UPGRADE', 'UPGRADE', 'DOWNGRADE', 'FLAGGED', 'UNFLAGGED'] as const),
  current_limit: z.optional(MessagingTier),
  old_limit: z.optional(MessagingTier),
  max_daily_conversations_per_business: z.optional(z.union([MessagingTier, z.number()])),
});
export type PhoneNumberQualityUpdateValue = z.infer<typeof PhoneNumberQualityUpdateValue>;

/**
 * `security`: a number's two-step verification changed in WhatsApp Manager — PIN changed, a reset requested
 * (`requester` is the Meta Business Suite user) or completed. The PIN itself is never in the payload.
 */
export const SecurityValue = z.looseObject({
  display_phone_number: z.optional(z.string()),
  event: openEnum(['PIN_CHANGED', 'PIN_RESET_REQUEST', 'PIN_REQUEST_SUCCESS'] as const),
  requester: z.optional(z.string()),
});
export type SecurityValue = z.infer<typeof SecurityValue>;
