import { isErrorKind, nameError, WhatsAppError } from '../../errors/whatsapp-error.js';
import type { FlowCheckpoint } from './checkpoint.js';

// A checkpoint of any provider's flows (Graph's `FlowCheckpoint`, `wabakit/cams`'s `CamsFlowCheckpoint`) is typed
// structurally (`object`), so this module imports no provider.

/** Why a flow step refused to run. */
export type FlowStateReason =
  /** `code_verification_status` is `NOT_VERIFIED` or `EXPIRED`: request and verify a code before registering. */
  | 'not-verified'
  /** The number behind `phoneNumberId` is not `cc` + `phone_number` of the checkpoint (edited or mixed up). */
  | 'number-mismatch';

/**
 * A migration or onboarding step was not sent because the number's current state (read from Graph just before)
 * makes it pointless or harmful — e.g. registering an unverified number would spend one of the 10 registrations
 * per 72 h only to fail with 133006.
 *
 * `checkpoint` is where the flow stands; `reason` says what to do.
 *
 * @example
 * try {
 *   await client.migration.resume(checkpoint).register({ pin });
 * } catch (error) {
 *   if (isFlowStateError(error) && error.reason === 'not-verified') await client.migration.resume(error.checkpoint).requestCode();
 * }
 */
export class FlowStateError<C extends object = FlowCheckpoint> extends WhatsAppError {
  declare readonly name: 'FlowStateError';
  readonly reason: FlowStateReason;
  readonly checkpoint: C;

  constructor(message: string, reason: FlowStateReason, checkpoint: C) {
    super(message);
    this.reason = reason;
    this.checkpoint = checkpoint;
  }
}
nameError(FlowStateError, 'FlowStateError');

/**
 * True when a flow step refused to run because of the number's state. Works across realms.
 *
 * @example
 * if (isFlowStateError(error)) console.log(error.reason, error.checkpoint.step);
 */
export function isFlowStateError(value: unknown): value is FlowStateError {
  return isErrorKind(value, 'FlowStateError');
}

// Errors thrown out of a flow step → the last checkpoint written before it. A WeakMap rather than a property on
// the error: the error keeps its own class and shape (a MigrationError stays a MigrationError).
const lastCheckpoints = new WeakMap<object, object>();

/** Remembers the checkpoint a failed step left behind. @internal */
export function rememberCheckpoint(error: unknown, checkpoint: object): void {
  if (typeof error === 'object' && error !== null) lastCheckpoints.set(error, checkpoint);
}

/**
 * The last checkpoint written before a flow step failed, so you can resume from it — e.g. when `start()` added
 * the number but the code request failed, this is the `added` checkpoint with the new `phoneNumberId`.
 *
 * `undefined` for errors that did not come out of a flow step, or when the flow failed before its first
 * checkpoint (nothing was added).
 *
 * @example
 * try {
 *   await client.migration.start(params);
 * } catch (error) {
 *   const checkpoint = checkpointOf(error);
 *   if (checkpoint) await save(checkpoint); // resume later with client.migration.resume(checkpoint)
 *   throw error;
 * }
 */
export function checkpointOf(error: unknown): FlowCheckpoint | undefined;
export function checkpointOf<C extends object>(error: unknown): C | undefined;
export function checkpointOf(error: unknown): object | undefined {
  return typeof error === 'object' && error !== null ? lastCheckpoints.get(error) : undefined;
}
