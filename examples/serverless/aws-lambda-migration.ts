/**
 * An AWS Lambda handler that migrates a number from another provider across invocations. The SMS code arrives
 * minutes later, so each step is its own invocation, joined by the checkpoint your state machine (Step Functions,
 * a queue, a DynamoDB row) carries. The checkpoint is plain JSON with no PIN and no code.
 *
 *   { "action": "start", "wabaId": "…", "phone": "+44 7400 123456" }        → { checkpoint }
 *   { "action": "verify", "checkpoint": {…}, "code": "123456" }            → { checkpoint }
 *   { "action": "register", "checkpoint": {…}, "pin": "012345" }           → { checkpoint, done: true }
 */
import { WabaClient, checkpointOf, isOutcomeUnknownError, isWhatsAppError, type FlowCheckpoint } from 'wabakit';

// Created once per container: warm invocations reuse it.
const client = new WabaClient({
  accessToken: process.env['WHATSAPP_ACCESS_TOKEN'] ?? '',
  appSecret: process.env['APP_SECRET'],
  // Leave room under the Lambda timeout: no retry or cooldown wait is scheduled past this.
  deadline: 8_000,
});

type MigrationEvent =
  | { readonly action: 'start'; readonly wabaId: string; readonly phone: string }
  | { readonly action: 'verify'; readonly checkpoint: FlowCheckpoint; readonly code: string }
  | { readonly action: 'register'; readonly checkpoint: FlowCheckpoint; readonly pin: string };

export async function handler(event: MigrationEvent, context: { getRemainingTimeInMillis(): number }) {
  const signal = AbortSignal.timeout(Math.max(1_000, context.getRemainingTimeInMillis() - 500));
  try {
    switch (event.action) {
      case 'start': {
        const { checkpoint } = await client.migration.start(
          { wabaId: event.wabaId, phone: event.phone, codeMethod: 'SMS', language: 'en' },
          { signal },
        );
        return { ok: true, checkpoint };
      }
      case 'verify': {
        const { checkpoint } = await client.migration.resume(event.checkpoint).verify({ code: event.code }, { signal });
        return { ok: true, checkpoint };
      }
      case 'register': {
        const result = await client.migration.resume(event.checkpoint).register({ pin: event.pin }, { signal });
        return { ok: true, checkpoint: result.checkpoint, done: result.done };
      }
    }
  } catch (error) {
    // A step that failed after an earlier one succeeded still hands back the checkpoint to resume from.
    const checkpoint = checkpointOf(error);
    if (isOutcomeUnknownError(error)) return { ok: false, retryable: true, reason: error.reconcileHint, checkpoint };
    if (isWhatsAppError(error)) return { ok: false, retryable: false, reason: error.message, checkpoint };
    throw error;
  }
}
