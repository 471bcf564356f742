import * as z from 'zod/mini';

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
      /** Unix seconds. */
      time: z.optional(z.number()),
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
