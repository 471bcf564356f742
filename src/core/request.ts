import type { z } from 'zod/mini';
import { RateLimitError, type APIError } from '../errors/api-error.js';
import { errorFromResponse } from '../errors/from-response.js';
import { parseOrThrow } from '../internal/validate.js';
import type { ClientContext } from './context.js';
import type { OperationSpec } from './operation.js';
import type { RequestOptions } from './options.js';
import { runPipeline, type CallPlan, type Interpreted } from './pipeline.js';
import { NOT_JSON, notJsonAnswer, parseJson } from './response-body.js';
import { collectSecrets } from './secrets.js';
import type { AttemptResponse } from './transport.js';
import { toWire } from './wire.js';

/**
 * Graph's wire on the shared pipeline: validate params → (usage guard → send → read usage headers → validate the
 * response or map the Graph error)*. The loop itself (registration guard, retries, exactly-once, deadlines) is
 * `runPipeline`, shared with CAMS.
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
  const wire = toWire(spec, params, proof);
  const headers = {
    ...context.options.headers,
    ...options.headers,
    ...spec.headers,
    ...(spec.rawBody?.contentType ? { 'content-type': spec.rawBody.contentType } : {}),
    authorization: `${spec.authScheme ?? 'Bearer'} ${accessToken}`,
    'user-agent': context.userAgent,
  };
  const attempt = {
    method: spec.method,
    path: `${apiVersion}/${spec.path}`,
    query: wire.query,
    json: wire.json,
    body: wire.body,
    headers,
  };

  const plan: CallPlan<z.output<R>> = {
    operation: spec.operation,
    retry: spec.retry,
    target: { method: spec.method, path: displayPath },
    describe: `${spec.method} ${displayPath}`,
    provider: 'Graph',
    registration: spec.registration ? { key: spec.registration.phoneNumberId, action: spec.registration.action } : undefined,
    reconcileHint: spec.reconcileHint ?? 'Read the resource to see whether the change was applied before trying again.',
    beforeAttempt: context.usageGuard ? (signal) => context.usageGuard!.beforeRequest(spec.objectIds, signal) : undefined,
    // Graph requests carry no per-attempt signature: the same request is re-sent as is.
    build: () => Promise.resolve(attempt),
    interpret: (response) => interpretGraph(context, spec, displayPath, redactor.text.bind(redactor), response),
  };
  return runPipeline(context, plan, {
    maxRetries: options.maxRetries ?? context.options.maxRetries,
    timeoutMs: options.timeout ?? context.options.timeout,
    deadlineMs: options.deadline ?? context.options.deadline,
    signal: options.signal,
    logger,
    redactor,
  });
}

/** Reads one Graph answer: usage headers, then the validated body or the mapped Graph error. */
function interpretGraph<R extends z.ZodMiniType>(
  context: ClientContext,
  spec: OperationSpec<z.ZodMiniType, R>,
  displayPath: string,
  redact: (text: string) => string,
  response: AttemptResponse,
): Interpreted<z.output<R>> {
  context.usageGuard?.observe(spec.objectIds, response.headers);
  const body = parseJson(response.text);
  const fbtraceId = response.headers.get('x-fb-trace-id') ?? undefined;

  if (response.status >= 200 && response.status < 300) {
    if (body === NOT_JSON) {
      return notJsonAnswer(spec.operation, response.status, { fbtraceId });
    }
    if (!context.options.validateResponses) return { ok: true, value: body as z.output<R> };
    return {
      ok: true,
      value: parseOrThrow(spec.response, body, 'response', { subject: `${spec.operation} response`, fbtraceId, status: response.status }),
    };
  }
  const mapped = errorFromResponse({
    status: response.status,
    body: body === NOT_JSON ? response.text : body,
    headers: response.headers,
    method: spec.method,
    path: displayPath,
    now: context.now(),
    redact,
  });
  const error: APIError = spec.mapError ? spec.mapError(mapped, body === NOT_JSON ? undefined : body) : mapped;
  // Throttles cool the scope down in the usage guard (Graph's usage headers, contract §6).
  if (error instanceof RateLimitError && !(spec.registration && error.name === 'RegistrationRateLimitError')) {
    context.usageGuard?.observeThrottle(spec.objectIds, error);
  }
  return { ok: false, failure: { kind: 'api', error }, error };
}
