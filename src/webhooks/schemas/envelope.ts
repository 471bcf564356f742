import * as z from 'zod/mini';
import { UnixSeconds } from '../../schemas/unix-seconds.js';

/**
 * The outer shape every delivery shares (contract §5):
 * `{ object: 'whatsapp_business_account', entry: [{ id: <WABA_ID>, time?, changes: [{ field, value }] }] }`.
 * Values are left unparsed here; each change is parsed on its own so one odd change never rejects the others.
 */
export const WebhookEnvelope = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      /** The WABA id. */
      id: z.string(),
      /**
       * Unix seconds. An integer on the wire; a string of digits is accepted too (and normalised), because a
       * strict envelope would answer 400 and make Meta redeliver the whole batch for days.
       */
      time: z.optional(UnixSeconds),
      changes: z.optional(
        z.array(
          z.looseObject({
            field: z.string(),
            value: z.unknown(),
          }),
        ),
      ),
    }),
  ),
});
export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>;
