import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QpsLimiter } from '../../../src/cams/limits/qps-limiter.js';
import { flush, ManualClock } from './manual-clock.js';

const RUNS = 1_000;
// Three actions with different limits: documented 5/s and 10/s, and an override of 2/s.
const ACTIONS = ['CreatePhoneMessageQrdl', 'QueryChatappPhoneNumbers', 'GetChatappVerifyCode'] as const;

const arrival = fc.record({
  gapMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1_500 })),
  action: fc.constantFrom(...ACTIONS),
  // Abort this caller this many ms after it arrives (undefined: never).
  abortAfterMs: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined, freq: 3 }),
});

describe('QpsLimiter (properties, §3.5)', () => {
  it(`never admits more than the limit in any 1-second window, for any arrival schedule (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arrival, { minLength: 1, maxLength: 60 }), async (arrivals) => {
        const clock = new ManualClock();
        const limiter = new QpsLimiter({ clock, perAction: { GetChatappVerifyCode: 2 } });
        const admitted = new Map<string, number[]>();
        const outcomes: Promise<'admitted' | 'aborted'>[] = [];
        const aborts: { at: number; controller: AbortController }[] = [];
        let t = 0;
        for (const { gapMs, action, abortAfterMs } of arrivals) {
          t += gapMs;
          await clock.advanceTo(t);
          for (const pending of aborts.filter((a) => a.at <= t)) pending.controller.abort(new Error('stop'));
          const controller = new AbortController();
          if (abortAfterMs !== undefined) aborts.push({ at: t + abortAfterMs, controller });
          outcomes.push(
            limiter.acquire(action, controller.signal).then(
              () => {
                const times = admitted.get(action) ?? [];
                times.push(clock.now());
                admitted.set(action, times);
                return 'admitted' as const;
              },
              () => 'aborted' as const,
            ),
          );
          // An immediate admission is recorded at this instant, before the clock moves on.
          await flush();
        }
        // Run the aborts and let every waiter through.
        for (const pending of aborts.sort((a, b) => a.at - b.at)) {
          await clock.advanceTo(pending.at);
          pending.controller.abort(new Error('stop'));
        }
        await clock.advanceTo(t + 120_000);
        const results = await Promise.all(outcomes);

        for (const action of ACTIONS) {
          const limit = limiter.limitFor(action);
          const times = admitted.get(action) ?? [];
          for (let i = limit; i < times.length; i++) {
            expect((times[i] as number) - (times[i - limit] as number)).toBeGreaterThanOrEqual(1_000);
          }
        }
        // Every caller ended one way or the other, and admissions equal the admitted outcomes (an abort took no slot).
        const admittedCount = [...admitted.values()].reduce((n, times) => n + times.length, 0);
        expect(results.filter((r) => r === 'admitted').length).toBe(admittedCount);
        expect(clock.pendingTimers).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it(`rejects an aborted waiter promptly, with the signal's reason, and the waiters behind keep their order (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.nat(), async (waiting, which) => {
        const clock = new ManualClock();
        const limiter = new QpsLimiter({ clock, perAction: { X: 1 } });
        await limiter.acquire('X');
        const controllers = Array.from({ length: waiting }, () => new AbortController());
        const order: number[] = [];
        const times: number[] = [];
        const settled: string[] = Array.from({ length: waiting }, () => 'pending');
        const all = controllers.map((controller, i) =>
          limiter.acquire('X', controller.signal).then(
            () => {
              order.push(i);
              times.push(clock.now());
              settled[i] = 'admitted';
            },
            (reason: unknown) => {
              settled[i] = reason === controller.signal.reason ? 'aborted' : 'wrong reason';
            },
          ),
        );
        const victim = which % waiting;
        // Half-way to the first free slot: nobody has been admitted yet.
        await clock.advanceTo(500);
        controllers[victim]?.abort(new Error('caller gave up'));
        await flush();
        // Prompt: rejected without any time passing.
        expect(settled[victim]).toBe('aborted');
        expect(clock.now()).toBe(500);
        await clock.advanceTo(60_000);
        await Promise.all(all);
        // Frees nothing: the others are admitted in arrival order, one per second as before (1 s, 2 s, …).
        expect(order).toEqual([...Array(waiting).keys()].filter((i) => i !== victim));
        // The victim neither took a slot nor released one: the rest get exactly the slots 1 s, 2 s, … apart.
        expect(times).toEqual(Array.from({ length: waiting - 1 }, (_, k) => (k + 1) * 1_000));
        expect(settled.filter((s) => s === 'admitted').length).toBe(waiting - 1);
      }),
      { numRuns: RUNS },
    );
  });
});
