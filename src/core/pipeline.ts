import type { APIError } from '../errors/api-error.js';
import type { RegistrationAction } from '../errors/guard-errors.js';
import { AbortError, ConnectionError, OutcomeUnknownError, TimeoutError } from '../errors/transport-errors.js';
import { isErrorKind, safeCause } from '../errors/whatsapp-error.js';
import type { RegistrationGuard } from '../limits/registration-guard.js';
import { sleep } from '../limits/sleep.js';
import type { SdkLogger } from './logger.js';
import type { Redactor } from './redact.js';
import type { RetryBudget } from './retry-budget.js';
import { decideRetry, type AttemptFailure as RetryFailure, type RetryClass } from './retry-policy.js';
import { AttemptFailure, type AttemptRequest, type AttemptResponse, type Transport } from './transport.js';

/**
 * The provider-neutral request loop. A provider (Graph, CAMS) contributes only its wire: how an attempt is built
 * (and signed), what runs before each attempt (Graph's usage guard, CAMS's QPS limiter) and how an answer is read
 * (success unwrap or typed error). Everything else — the registration guard, the exactly-once rule for
 * side effects, retries with backoff and budget, deadlines, aborts, redaction of transport errors, logging — lives
 * here, once, so both providers follow the same rules (issue #9 §1, §3).
 */

/** What the pipeline needs from a client: shared machinery, never resource knowledge. @internal */
export interface PipelineContext {
  readonly transport: Transport;
  readonly retryBudget: RetryBudget;
  readonly registrationGuard: RegistrationGuard | undefined;
  /** Server hints up to this long are waited in process (reliability G4). */
  readonly maxHintMs: number;
  readonly now: () => number;
  readonly random: () => number;
}

/** How one answer was read by the provider's wire. @internal */
export type Interpreted<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: RetryFailure; readonly error: Error };

/** One call, as a provider's wire lays it out for the pipeline. @internal */
export interface CallPlan<T> {
  /** Stable operation name for logs and errors, e.g. `PhoneNumber.register`. */
  readonly operation: string;
  readonly retry: RetryClass;
  /** Secret-free method and path for errors. */
  readonly target: { readonly method: string; readonly path: string };
  /** Secret-free one-line description for log lines: `POST /v23.0/1065…/register`, `POST / ChatappPhoneNumberRegister`. */
  readonly describe: string;
  /** Provider name in connection-error messages ("could not reach Graph"). */
  readonly provider: string;
  /** Counted by the registration guard before the first (and only) attempt. */
  readonly registration?: { readonly key: string; readonly action: RegistrationAction } | undefined;
  readonly reconcileHint: string;
  /** Runs before every attempt (pre-send limiter); may wait or throw a guard error. */
  readonly beforeAttempt?: ((signal: AbortSignal | undefined) => Promise<void>) | undefined;
  /** The attempt's request, built afresh each attempt (CAMS signs each one with a new date and nonce). */
  readonly build: (attempt: number) => Promise<Omit<AttemptRequest, 'timeoutMs' | 'signal'>>;
  /** Reads a response: success value, or an error with its retry class. */
  readonly interpret: (response: AttemptResponse, attempt: number) => Interpreted<T>;
}

/** Per-call limits, already merged from client and call options. @internal */
export interface CallSettings {
  readonly maxRetries: number;
  readonly timeoutMs: number;
  readonly deadlineMs: number | undefined;
  readonly signal: AbortSignal | undefined;
  /** Logger that already knows this call's secrets (read on every use). */
  readonly logger: SdkLogger;
  readonly redactor: Redactor;
}

/**
 * Runs `plan`: registration guard → (pre-send limiter → build/sign → send → read → decide retry)*.
 * @internal
 */
export async function runPipeline<T>(context: PipelineContext, plan: CallPlan<T>, settings: CallSettings): Promise<T> {
  // `logger` and `redactor` are read per use, not once: a CAMS credentials provider may hand out a new secret on a
  // later attempt, and the call's redactor must know it from then on.
  const { signal } = settings;
  const maxRetries = plan.retry === 'never' ? 0 : settings.maxRetries;
  const deadlineAtMs = settings.deadlineMs === undefined ? undefined : context.now() + settings.deadlineMs;

  // Counted before sending: Meta counts every attempt, even one whose answer is lost (contract §3.4).
  if (plan.registration && context.registrationGuard) {
    await context.registrationGuard.acquire(plan.registration.key, plan.registration.action);
  }

  for (let attempt = 1; ; attempt++) {
    await plan.beforeAttempt?.(signal);
    const remainingMs = deadlineAtMs === undefined ? settings.timeoutMs : Math.min(settings.timeoutMs, deadlineAtMs - context.now());
    // Debug lines (and their clock read) only when they will be written: two template strings per attempt showed
    // in the warm-path profile at the default level, `warn` (issue #12).
    const debug = settings.logger.isEnabled('debug');
    const startedAt = debug ? context.now() : 0;
    const request = await plan.build(attempt);
    if (debug) settings.logger.debug(`→ ${plan.describe} (${plan.operation}, attempt ${attempt})`);

    let failure: RetryFailure;
    let thrown: Error;
    try {
      const response = await context.transport.send({ ...request, timeoutMs: Math.max(1, remainingMs), signal });
      if (debug) settings.logger.debug(`← ${response.status} ${plan.describe} in ${context.now() - startedAt} ms`);
      const outcome = plan.interpret(response, attempt);
      if (outcome.ok) {
        context.retryBudget.recordSuccess();
        return outcome.value;
      }
      failure = outcome.failure;
      thrown = outcome.error;
      if (failure.kind === 'api') {
        failure.error.attempts = attempt;
        onApiError(context, plan, failure.error);
      }
    } catch (error) {
      if (!(error instanceof AttemptFailure)) throw error;
      const cause = safeCause(error.underlying, (text) => settings.redactor.text(text));
      const common = { ...plan.target, cause, attempts: attempt };
      if (error.kind === 'abort') throw new AbortError(`${plan.operation} was aborted`, common);
      if (plan.retry === 'never' && error.sent === 'maybe') {
        throw new OutcomeUnknownError(
          `${plan.operation} (${plan.describe}) ${error.kind === 'timeout' ? 'timed out' : 'lost its connection'} after the request was sent; it was not retried because it has side effects.`,
          { ...common, reconcileHint: plan.reconcileHint },
        );
      }
      failure = { kind: error.kind };
      thrown =
        error.kind === 'timeout'
          ? new TimeoutError(`${plan.operation} timed out after ${settings.timeoutMs} ms (${plan.describe})`, common)
          : new ConnectionError(`${plan.operation} could not reach ${plan.provider} (${plan.describe})`, common);
    }

    const decision = decideRetry({
      retryClass: plan.retry,
      failure,
      attempt,
      maxRetries,
      nowMs: context.now(),
      deadlineAtMs,
      maxHintMs: context.maxHintMs,
      random: context.random,
    });
    if (!decision.retry || !context.retryBudget.tryAcquire()) {
      if (debug) settings.logger.debug(`✗ ${plan.operation} failed: ${thrown.message}`);
      throw thrown;
    }
    settings.logger.warn(`${plan.operation}: attempt ${attempt} failed (${thrown.name}); retrying in ${decision.delayMs} ms`);
    try {
      await sleep(decision.delayMs, signal);
    } catch {
      throw new AbortError(`${plan.operation} was aborted while waiting to retry`, { ...plan.target, cause: thrown });
    }
  }
}

/** Meta's 133016 behind either provider locks the action locally, so the guard refuses the next call (G5). */
function onApiError(context: PipelineContext, plan: CallPlan<unknown>, error: APIError): void {
  if (plan.registration && isErrorKind(error, 'RegistrationRateLimitError')) {
    void context.registrationGuard?.lockAfterMetaRefusal(plan.registration.key, plan.registration.action);
  }
}
