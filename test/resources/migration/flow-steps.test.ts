import { afterEach, describe, expect, it, vi } from 'vitest';
import { FLOW_STEPS, type FlowKind, type FlowStep } from '../../../src/resources/migration/checkpoint.js';
import { checkpointOf, isFlowStateError, type FlowStateError } from '../../../src/resources/migration/flow-state-error.js';
import { alreadyDone, FlowStepper, refuseUnverified, type SteppedNumberState } from '../../../src/resources/migration/flow-steps.js';

/** A checkpoint of no provider: the stepper must work on any that has `kind`, `step` and `updatedAt`. */
interface TestCheckpoint {
  readonly kind: FlowKind;
  readonly step: FlowStep;
  readonly updatedAt: string;
  readonly note?: string;
}

const START: TestCheckpoint = { kind: 'migration', step: 'code-requested', updatedAt: '2026-11-02T10:00:00.000Z', note: 'kept' };
const NOW = new Date('2026-11-03T08:30:00.000Z');
const STATE: SteppedNumberState = { status: 'PENDING', code_verification_status: 'NOT_VERIFIED' };

const readState = () => Promise.resolve(STATE);

afterEach(() => {
  vi.useRealTimers();
});

describe('FlowStepper.run', () => {
  it('reads the state, then runs the work with it', async () => {
    const calls: string[] = [];
    const stepper = new FlowStepper(START, {});
    await stepper.run(
      async () => (calls.push('read'), STATE),
      async (state) => (calls.push(`work ${state.code_verification_status}`), { step: 'verified', skipped: false }),
    );
    expect(calls).toEqual(['read', 'work NOT_VERIFIED']);
  });

  it('writes { ...checkpoint, ...patch, step, updatedAt } and returns it', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const stepper = new FlowStepper<TestCheckpoint>(START, {});
    const result = await stepper.run(readState, async () => ({ step: 'verified', skipped: false, patch: { note: 'patched' } }));
    expect(result).toEqual({
      checkpoint: { kind: 'migration', step: 'verified', updatedAt: NOW.toISOString(), note: 'patched' },
      done: false,
      skipped: false,
    });
    expect(stepper.checkpoint).toBe(result.checkpoint);
    expect(START.step).toBe('code-requested'); // a new object: the one resumed from is left as it was
  });

  it('hands the new checkpoint to onCheckpoint, and returns only once onCheckpoint has settled', async () => {
    let release!: () => void;
    const handed: TestCheckpoint[] = [];
    const stepper = new FlowStepper<TestCheckpoint>(START, {
      onCheckpoint: (checkpoint) => {
        handed.push(checkpoint);
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    let returned = false;
    const running = stepper.run(readState, async () => ({ step: 'verified', skipped: false })).then((result) => ((returned = true), result));
    await vi.waitFor(() => expect(handed).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(returned).toBe(false);
    expect(stepper.checkpoint).toBe(handed[0]);
    release();
    const { checkpoint } = await running;
    expect(checkpoint).toBe(handed[0]);
  });

  it('calls onCheckpoint as a method of the options it was given', async () => {
    const options = {
      seen: [] as FlowStep[],
      onCheckpoint(this: { seen: FlowStep[] }, checkpoint: TestCheckpoint) {
        this.seen.push(checkpoint.step);
      },
    };
    await new FlowStepper<TestCheckpoint>(START, options).run(readState, async () => ({ step: 'registered', skipped: false }));
    expect(options.seen).toEqual(['registered']);
  });

  it('a failing step keeps the last checkpoint, on the error too, and hands out none', async () => {
    const onCheckpoint = vi.fn();
    const stepper = new FlowStepper<TestCheckpoint>(START, { onCheckpoint });
    const failure = new Error('the step failed');
    const error = await stepper.run(readState, () => Promise.reject(failure)).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(checkpointOf(error)).toBe(START);
    expect(stepper.checkpoint).toBe(START);
    expect(onCheckpoint).not.toHaveBeenCalled();
  });

  it('a failing read runs no work and keeps the last checkpoint on the error', async () => {
    const work = vi.fn();
    const stepper = new FlowStepper<TestCheckpoint>(START, {});
    const error = await stepper.run(() => Promise.reject(new Error('read failed')), work).catch((e: unknown) => e);
    expect(work).not.toHaveBeenCalled();
    expect(checkpointOf(error)).toBe(START);
  });

  it('an onCheckpoint that throws stops the flow, with the new checkpoint on its error', async () => {
    const refusal = new Error('storage is down');
    const stepper = new FlowStepper<TestCheckpoint>(START, {
      onCheckpoint: () => {
        throw refusal;
      },
    });
    const next = vi.fn();
    const error = await stepper
      .run(readState, async () => ({ step: 'verified', skipped: false }))
      .then(next)
      .catch((e: unknown) => e);
    expect(error).toBe(refusal);
    expect(next).not.toHaveBeenCalled();
    // The step itself went through, so the checkpoint on the error is the one that says so.
    expect(checkpointOf<TestCheckpoint>(error)?.step).toBe('verified');
    expect(stepper.checkpoint.step).toBe('verified');
  });

  it('an onCheckpoint that rejects stops the flow as well', async () => {
    const stepper = new FlowStepper<TestCheckpoint>(START, { onCheckpoint: () => Promise.reject(new Error('later')) });
    await expect(stepper.run(readState, async () => ({ step: 'verified', skipped: false }))).rejects.toThrow('later');
  });

  it.each(FLOW_STEPS.map((step) => [step, step === 'registered'] as const))('done after %s: %s', async (step, done) => {
    const result = await new FlowStepper<TestCheckpoint>(START, {}).run(readState, async () => ({ step, skipped: false }));
    expect(result.done).toBe(done);
  });

  it('passes skipped through', async () => {
    const stepper = new FlowStepper<TestCheckpoint>(START, {});
    expect((await stepper.run(readState, async () => ({ step: 'verified', skipped: true }))).skipped).toBe(true);
    expect((await stepper.run(readState, async () => ({ step: 'verified', skipped: false }))).skipped).toBe(false);
  });
});

describe('alreadyDone', () => {
  const targets = ['code-requested', 'verified', 'registered'] as const;
  const cases: (readonly [FlowKind, SteppedNumberState, (typeof targets)[number], FlowStep | undefined])[] = [
    // Onboarding: a CONNECTED number is registered, whatever the step.
    ...targets.map((target) => ['onboarding', { status: 'CONNECTED', code_verification_status: 'NOT_VERIFIED' }, target, 'registered'] as const),
    // Migration: CONNECTED proves nothing (the source WABA serves the number until it is registered here).
    ['migration', { status: 'CONNECTED', code_verification_status: 'NOT_VERIFIED' }, 'code-requested', undefined],
    ['migration', { status: 'CONNECTED', code_verification_status: 'NOT_VERIFIED' }, 'registered', undefined],
    ['migration', { status: 'CONNECTED', code_verification_status: 'VERIFIED' }, 'verified', 'verified'],
    ['migration', { status: 'CONNECTED', code_verification_status: 'VERIFIED' }, 'registered', undefined],
    // VERIFIED passes the code steps, not the registration.
    ['onboarding', { status: 'PENDING', code_verification_status: 'VERIFIED' }, 'code-requested', 'verified'],
    ['onboarding', { status: 'PENDING', code_verification_status: 'VERIFIED' }, 'verified', 'verified'],
    ['onboarding', { status: 'PENDING', code_verification_status: 'VERIFIED' }, 'registered', undefined],
    ['migration', { status: undefined, code_verification_status: 'EXPIRED' }, 'verified', undefined],
    ['onboarding', { status: undefined, code_verification_status: undefined }, 'code-requested', undefined],
  ];

  it.each(cases)('%s, %o, target %s → %s', (kind, state, target, expected) => {
    expect(alreadyDone(kind, state, target)).toBe(expected);
  });
});

describe('refuseUnverified', () => {
  it.each(['NOT_VERIFIED', 'EXPIRED'])('refuses %s with a not-verified FlowStateError carrying the checkpoint', (status) => {
    let error: unknown;
    try {
      refuseUnverified({ status: 'PENDING', code_verification_status: status }, START);
    } catch (e) {
      error = e;
    }
    expect(isFlowStateError(error)).toBe(true);
    expect((error as FlowStateError<TestCheckpoint>).reason).toBe('not-verified');
    expect((error as FlowStateError<TestCheckpoint>).checkpoint).toBe(START);
    expect((error as Error).message).toContain(`code_verification_status ${status}`);
  });

  it.each([['VERIFIED'], [undefined], ['SOMETHING_NEW']])('lets %s through', (status) => {
    expect(() => refuseUnverified({ status: 'PENDING', code_verification_status: status }, START)).not.toThrow();
  });
});
