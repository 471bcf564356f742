import type { FlowKind, FlowStep } from './checkpoint.js';
import { FlowStateError, rememberCheckpoint } from './flow-state-error.js';

// The step machinery of Graph's `PhoneNumberFlow` and `wabakit/cams`'s `CamsPhoneNumberFlow`: around its one side
// effect, a step does the same on both providers; only how the number is read and what the step sends differ.
// Checkpoints and states are typed by the few fields read here, so this module imports no provider.

/** The fields of a flow checkpoint (Graph's or CAMS's) that the step machinery reads or writes. @internal */
export interface SteppedCheckpoint {
  readonly kind: FlowKind;
  readonly step: FlowStep;
  readonly updatedAt: string;
}

/** The number's state as the step rules read it; both providers report these two fields. @internal */
export interface SteppedNumberState {
  readonly status: string | undefined;
  readonly code_verification_status: string | undefined;
}

/** Where a step's own work leaves the flow: the step reached, whether nothing was sent, fields to store. @internal */
export interface StepOutcome<C> {
  readonly step: FlowStep;
  readonly skipped: boolean;
  readonly patch?: Partial<C>;
}

/** What a flow step returns: the shape of `FlowStepResult` and `CamsFlowStepResult`. @internal */
export interface StepResult<C> {
  readonly checkpoint: C;
  readonly done: boolean;
  readonly skipped: boolean;
}

/** The flow options the stepper reads: where each new checkpoint goes. @internal */
export interface StepperOptions<C> {
  readonly onCheckpoint?: ((checkpoint: C) => void | Promise<void>) | undefined;
}

/**
 * Holds a flow's latest checkpoint and runs its steps one at a time: read the number, do the step's work, write
 * the new checkpoint and hand it to `onCheckpoint` before returning. @internal
 */
export class FlowStepper<C extends SteppedCheckpoint> {
  readonly #options: StepperOptions<C>;
  #checkpoint: C;

  constructor(checkpoint: C, options: StepperOptions<C>) {
    this.#checkpoint = checkpoint;
    // The options object itself is kept (not its callback), so `onCheckpoint` is called as its method, as before.
    this.#options = options;
  }

  /** The latest checkpoint written (the one resumed from until a step succeeds). */
  get checkpoint(): C {
    return this.#checkpoint;
  }

  /**
   * Runs one step: `readState`, then `work` with the state read. Any failure, `onCheckpoint`'s included, keeps
   * the latest checkpoint on the error (see `checkpointOf`) and is rethrown.
   */
  async run<S>(readState: () => Promise<S>, work: (state: S) => Promise<StepOutcome<C>>): Promise<StepResult<C>> {
    try {
      const state = await readState();
      const { step, skipped, patch } = await work(state);
      const checkpoint: C = { ...this.#checkpoint, ...patch, step, updatedAt: new Date().toISOString() };
      this.#checkpoint = checkpoint;
      // Awaited before the result returns, so before the caller can start the next side effect: a checkpoint
      // persisted here can always be resumed from.
      await this.#options.onCheckpoint?.(checkpoint);
      return { checkpoint, done: step === 'registered', skipped };
    } catch (error) {
      // The old checkpoint when the step failed; the new one when only `onCheckpoint` did (the step went through).
      rememberCheckpoint(error, this.#checkpoint);
      throw error;
    }
  }
}

/**
 * The step the number has already passed, judged from its state, if it is at or beyond `target`; `undefined`
 * when `target` still has to run. The same rule on both providers. @internal
 */
export function alreadyDone(kind: FlowKind, state: SteppedNumberState, target: Exclude<FlowStep, 'added'>): FlowStep | undefined {
  // Migration: the source WABA keeps the number CONNECTED until it is registered here, so CONNECTED proves
  // nothing about this flow (Meta, "Migrating phone numbers between WABAs": no downtime until registration).
  // CAMS migrates through the same Meta flow, so the same holds there.
  if (kind === 'onboarding' && state.status === 'CONNECTED') return 'registered';
  if (target !== 'registered' && state.code_verification_status === 'VERIFIED') return 'verified';
  return undefined;
}

const NOT_VERIFIED = new Set(['NOT_VERIFIED', 'EXPIRED']);

/**
 * Refuses, before anything is sent, to register a number whose code is not (or no longer) verified: the call
 * would spend one of the 10 registrations per 72 h only to fail.
 *
 * @throws {FlowStateError} `not-verified`, carrying `checkpoint`. @internal
 */
export function refuseUnverified(state: SteppedNumberState, checkpoint: object): void {
  if (state.code_verification_status !== undefined && NOT_VERIFIED.has(state.code_verification_status)) {
    throw new FlowStateError(
      `The number is not verified (code_verification_status ${state.code_verification_status}); request and verify a code before registering.`,
      'not-verified',
      checkpoint,
    );
  }
}
