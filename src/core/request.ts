import type { z } from 'zod/mini';
import { APIError, RateLimitError, RegistrationRateLimitError } from '../errors/api-error.js';
import { errorFromResponse } from '../errors/from-response.js';
import { AbortError, ConnectionError, OutcomeUnknownError, TimeoutError } from '../errors/transport-errors.js';
import { ValidationError } from '../errors/validation-error.js';
import { safeCause } from '../errors/whatsapp-error.js';
import { sleep } from '../limits/sleep.js';
import { parseOrThrow } from '../internal/validate.js';
import type { ClientContext } from './context.js';
import type { OperationSpec } from './operation.js';
import type { RequestOptions } from './options.js';
import { isSecretKey } from './redact.js';
import { decideRetry, type AttemptFailure as RetryFailure } from './retry-policy.js';
import { AttemptFailure } from './transport.js';
import { toWire, type WireRequest } from './wire.js';

/**
 * The one request pipeline every operation goes through:
 * validate params → registration guard → (usage guard → send → read usage headers → validate response or map
 * the error → decide retry)* — so the rules for retries, guards and redaction live in one place.
 */
export async function request<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  context: ClientContext,
  spec: OperationSpec<P, R>,
  options: RequestOptions = {},
): Promise<z.output<R>> {
  const params = spec.params
    ? parseOrThrow(spec.params.schema, spec.params.value, 'request', { subject: `${spec.operation} params` })
    : undefined;
  const callSecrets = collectSecrets(spec.params?.value);
  const accessToken = options.accessToken ?? (await context.resolveAccessToken());
  const proof = context.proof ? await context.proof.for(accessToken) : undefined;
  const redactor = context.redactor.with([accessToken, proof, ...callSecrets]);
  const logger = context.logger.withRedactor(redactor);

  const apiVersion = options.apiVersion ?? context.options.apiVersion;
  const displayPath = `/${apiVersion}/${spec.path}`;
  const wire: WireRequest = toWire(spec, params, proof);
  const target = { method: spec.method, path: displayPath };
  const maxRetries = spec.retry === 'never' ? 0 : (options.maxRetries ?? context.options.maxRetries);
  const timeoutMs = options.timeout ?? context.options.timeout;
  const deadlineMs = options.deadline ?? context.options.deadline;
  const deadlineAtMs = deadlineMs === undefined ? undefined : context.now() + deadlineMs;
  const headers = {
    ...context.options.headers,
    ...options.headers,
    ...spec.headers,
    ...(spec.rawBody?.contentType ? { 'content-type': spec.rawBody.contentType } : {}),
    authorization: `${spec.authScheme ?? 'Bearer'} ${accessToken}`,
    'user-agent': context.userAgent,
  };

  // Counted before sending: Meta counts every attempt, even one whose answer is lost (contract §3.4).
  if (spec.registration && context.registrationGuard) {
    await context.registrationGuard.acquire(spec.registration.phoneNumberId, spec.registration.action);
  }

  for (let attempt = 1; ; attempt++) {
    await context.usageGuard?.beforeRequest(spec.objectIds, options.signal);
    const remainingMs = deadlineAtMs === undefined ? timeoutMs : Math.min(timeoutMs, deadlineAtMs - context.now());
    const startedAt = context.now();
    logger.debug(`→ ${spec.method} ${displayPath} (${spec.operation}, attempt ${attempt})`);

    let failure: RetryFailure;
    let thrown: Error;
    try {
      const response = await context.transport.send({
        method: spec.method,
        path: `${apiVersion}/${spec.path}`,
        searchParams: wire.searchParams,
        json: wire.json,
        body: wire.body,
        headers,
        timeoutMs: Math.max(1, remainingMs),
        signal: options.signal,
      });
      logger.debug(`← ${response.status} ${spec.method} ${displayPath} in ${context.now() - startedAt} ms`);
      context.usageGuard?.observe(spec.objectIds, response.headers);
      const body = parseJson(response.text);
      const fbtraceId = response.headers.get('x-fb-trace-id') ?? undefined;

      if (response.status >= 200 && response.status < 300) {
        if (body === NOT_JSON) {
          failure = { kind: 'malformed' };
          thrown = new ValidationError({
            direction: 'response',
            subject: `${spec.operation} response (HTTP ${response.status}, body is not JSON)`,
            issues: [{ path: [], message: 'response body is not valid JSON (empty, truncated or not JSON)', code: 'invalid_json' }],
            fbtraceId,
            status: response.status,
          });
        } else {
          context.retryBudget.recordSuccess();
          if (!context.options.validateResponses) return body as z.output<R>;
          return parseOrThrow(spec.response, body, 'response', {
            subject: `${spec.operation} response`,
            fbtraceId,
            status: response.status,
          });
        }
      } else {
        const mapped = errorFromResponse({
          status: response.status,
          body: body === NOT_JSON ? response.text : body,
          headers: response.headers,
          method: spec.method,
          path: displayPath,
          now: context.now(),
          redact: (text) => redactor.text(text),
        });
        const error = spec.mapError ? spec.mapError(mapped, body === NOT_JSON ? undefined : body) : mapped;
        error.attempts = attempt;
        onApiError(context, spec, error);
        failure = { kind: 'api', error };
        thrown = error;
      }
    } catch (error) {
      if (!(error instanceof AttemptFailure)) throw error;
      const cause = safeCause(error.underlying, (text) => redactor.text(text));
      const common = { ...target, cause, attempts: attempt };
      if (error.kind === 'abort') throw new AbortError(`${spec.operation} was aborted`, common);
      if (spec.retry === 'never' && error.sent === 'maybe') {
        throw new OutcomeUnknownError(
          `${spec.operation} (${spec.method} ${displayPath}) ${error.kind === 'timeout' ? 'timed out' : 'lost its connection'} after the request was sent; it was not retried because it has side effects.`,
          { ...common, reconcileHint: spec.reconcileHint ?? 'Read the resource to see whether the change was applied before trying again.' },
        );
      }
      failure = { kind: error.kind };
      thrown =
        error.kind === 'timeout'
          ? new TimeoutError(`${spec.operation} timed out after ${timeoutMs} ms (${spec.method} ${displayPath})`, common)
          : new ConnectionError(`${spec.operation} could not reach Graph (${spec.method} ${displayPath})`, common);
    }

    const decision = decideRetry({
      retryClass: spec.retry,
      failure,
      attempt,
      maxRetries,
      nowMs: context.now(),
      deadlineAtMs,
      maxHintMs: context.maxHintMs,
      random: context.random,
    });
    if (!decision.retry || !context.retryBudget.tryAcquire()) {
      logger.debug(`✗ ${spec.operation} failed: ${thrown.message}`);
      throw thrown;
    }
    logger.warn(`${spec.operation}: attempt ${attempt} failed (${thrown.name}); retrying in ${decision.delayMs} ms`);
    try {
      await sleep(decision.delayMs, options.signal);
    } catch {
      throw new AbortError(`${spec.operation} was aborted while waiting to retry`, { ...target, cause: thrown });
    }
  }
}

/** Feeds Graph errors back into the guards: throttles cool a scope down, 133016 locks the action locally. */
function onApiError(context: ClientContext, spec: OperationSpec, error: APIError): void {
  if (error instanceof RegistrationRateLimitError && spec.registration) {
    void context.registrationGuard?.lockAfterMetaRefusal(spec.registration.phoneNumberId, spec.registration.action);
  } else if (error instanceof RateLimitError) {
    context.usageGuard?.observeThrottle(spec.objectIds, error);
  }
}

const NOT_JSON = Symbol('not-json');

function parseJson(text: string): unknown {
  if (text.trim() === '') return NOT_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** Values of secret-named fields in the caller's params (pin, code, verify_token…), to redact everywhere. */
function collectSecrets(value: unknown, depth = 0): string[] {
  if (typeof value !== 'object' || value === null || depth > 4) return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (isSecretKey(key) && (typeof inner === 'string' || typeof inner === 'number')) found.push(String(inner));
    else found.push(...collectSecrets(inner, depth + 1));
  }
  return found;
}

