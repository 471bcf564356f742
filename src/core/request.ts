import type { z } from 'zod/mini';
import { RateLimitError, type APIError } from '../errors/api-error.js';
import { errorFromResponse } from '../errors/from-response.js';
import { parseOrThrow } from '../internal/validate.js';
import type { ClientContext } from './context.js';
import type { OperationSpec } from './operation.js';
import type { RequestOptions } from './options.js';
import type { SdkLogger } from './logger.js';
import { runPipeline, type CallPlan, type CallSettings, type Interpreted } from './pipeline.js';
import type { Redactor } from './redact.js';
import { NOT_JSON, notJsonAnswer, parseJson } from './response-body.js';
import { collectParamSecrets } from './secrets.js';
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
  const callSecrets = collectParamSecrets(spec.params?.schema, spec.params?.value);
  const accessToken = options.accessToken ?? (await context.resolveAccessToken());
  const proof = context.proof ? await context.proof.for(accessToken) : undefined;
  const caller = callerFor(context, accessToken, proof, callSecrets);

  const apiVersion = options.apiVersion ?? context.options.apiVersion;
  const displayPath = `/${apiVersion}/${spec.path}`;
  const { envelope } = spec;
  const wire = envelope ? envelope.wrap(spec.path, toWire(spec, params, undefined), proof) : toWire(spec, params, proof);
  const plainHeaders = options.headers === undefined && spec.headers === undefined && spec.rawBody === undefined && spec.authScheme === undefined;
  const headers = plainHeaders
    ? caller.headers
    : {
        ...context.options.headers,
        ...options.headers,
        ...spec.headers,
        ...(spec.rawBody?.contentType ? { 'content-type': spec.rawBody.contentType } : {}),
        authorization: `${spec.authScheme ?? 'Bearer'} ${accessToken}`,
        'user-agent': context.userAgent,
      };
  const attempt = {
    method: envelope ? envelope.method : spec.method,
    path: `${apiVersion}/${envelope ? envelope.path : spec.path}`,
    query: wire.query,
    json: wire.json,
    body: wire.body,
    headers,
  };

  const plan: CallPlan<z.output<R>> = {
    operation: spec.operation,
    retry: spec.retry,
    target: { method: spec.method, path: displayPath },
    describe: envelope ? `${spec.method} ${displayPath} (${envelope.label})` : `${spec.method} ${displayPath}`,
    provider: 'Graph',
    registration: spec.registration ? { key: spec.registration.phoneNumberId, action: spec.registration.action } : undefined,
    reconcileHint: spec.reconcileHint ?? 'Read the resource to see whether the change was applied before trying again.',
    beforeAttempt: context.usageGuard ? (signal) => context.usageGuard!.beforeRequest(spec.objectIds, signal) : undefined,
    // Graph requests carry no per-attempt signature: the same request is re-sent as is.
    build: () => Promise.resolve(attempt),
    interpret: (response) => interpretGraph(context, spec, displayPath, caller.redact, response),
  };
  const inherits =
    options.maxRetries === undefined && options.timeout === undefined && options.deadline === undefined && options.signal === undefined;
  return runPipeline(
    context,
    plan,
    inherits
      ? caller.settings
      : {
          maxRetries: options.maxRetries ?? context.options.maxRetries,
          timeoutMs: options.timeout ?? context.options.timeout,
          deadlineMs: options.deadline ?? context.options.deadline,
          signal: options.signal,
          logger: caller.logger,
          redactor: caller.redactor,
        },
  );
}

/**
 * What every call of a client shares while its token (and proof) stay the same and it has no secrets of its own:
 * the redactor and logger that know the token, the default headers and the client's call settings. Built once
 * instead of per call (issue #12: a `Redactor`, a logger, a headers object and a settings object per call showed
 * in the warm-path profile). It holds only the token and proof, which the client's redactor must know anyway.
 */
interface Caller {
  readonly accessToken: string;
  readonly proof: string | undefined;
  /** The client parts this was derived from: a different client context or redactor means a new caller. */
  readonly base: { readonly redactor: Redactor; readonly logger: SdkLogger; readonly options: ClientContext['options']; readonly userAgent: string };
  /** The client headers as they were copied into `headers` (the caller's object could change since). */
  readonly clientHeaders: readonly (readonly [string, string])[];
  readonly redactor: Redactor;
  readonly redact: (text: string) => string;
  readonly logger: SdkLogger;
  /** Client headers + `Authorization: Bearer` + `User-Agent`; frozen, as it is shared by calls. */
  readonly headers: Readonly<Record<string, string>>;
  readonly settings: CallSettings;
}

/** The last caller per client context (a client's token rarely changes between calls). */
const callers = new WeakMap<ClientContext, Caller>();

function callerFor(context: ClientContext, accessToken: string, proof: string | undefined, callSecrets: readonly string[]): Caller {
  if (callSecrets.length > 0) return makeCaller(context, accessToken, proof, callSecrets); // a PIN or code: this call only
  const last = callers.get(context);
  if (
    last !== undefined &&
    last.accessToken === accessToken &&
    last.proof === proof &&
    last.base.redactor === context.redactor &&
    last.base.logger === context.logger &&
    last.base.options === context.options &&
    last.base.userAgent === context.userAgent &&
    sameHeaders(last.clientHeaders, context.options.headers)
  ) {
    return last;
  }
  const caller = makeCaller(context, accessToken, proof, callSecrets);
  callers.set(context, caller);
  return caller;
}

function makeCaller(context: ClientContext, accessToken: string, proof: string | undefined, callSecrets: readonly string[]): Caller {
  const redactor = context.redactor.with([accessToken, proof, ...callSecrets]);
  const logger = context.logger.withRedactor(redactor);
  const { options } = context;
  return {
    accessToken,
    proof,
    base: { redactor: context.redactor, logger: context.logger, options, userAgent: context.userAgent },
    clientHeaders: Object.entries(options.headers),
    redactor,
    redact: (text) => redactor.text(text),
    logger,
    headers: Object.freeze({ ...options.headers, authorization: `Bearer ${accessToken}`, 'user-agent': context.userAgent }),
    settings: { maxRetries: options.maxRetries, timeoutMs: options.timeout, deadlineMs: options.deadline, signal: undefined, logger, redactor },
  };
}

/** True when `headers` still holds exactly `snapshot` (usually both empty: no loop at all). */
function sameHeaders(snapshot: readonly (readonly [string, string])[], headers: Readonly<Record<string, string>>): boolean {
  let count = 0;
  for (const name in headers) {
    const entry = snapshot[count++];
    if (entry === undefined || entry[0] !== name || entry[1] !== headers[name]) return false;
  }
  return count === snapshot.length;
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
  const fbtraceId = response.headers.get('x-fb-trace-id') ?? undefined;
  let { status, text } = response;
  // A wrapped GET: the envelope answered; inside is the GET's own status and body (e.g. a batch item, core/batch.ts).
  if (spec.envelope && status >= 200 && status < 300) {
    const outer = parseJson(text);
    if (outer === NOT_JSON) return notJsonAnswer(spec.operation, status, { fbtraceId });
    ({ status, text } = spec.envelope.unwrap(spec.operation, outer, fbtraceId));
  }
  const body = parseJson(text);

  if (status >= 200 && status < 300) {
    if (body === NOT_JSON) {
      return notJsonAnswer(spec.operation, status, { fbtraceId });
    }
    if (!context.options.validateResponses) return { ok: true, value: body as z.output<R> };
    return {
      ok: true,
      value: parseOrThrow(spec.response, body, 'response', {
        subject: `${spec.operation} response`,
        fbtraceId,
        status,
        asIs: context.acceptsAsIs,
      }),
    };
  }
  const mapped = errorFromResponse({
    status,
    body: body === NOT_JSON ? text : body,
    headers: response.headers,
    method: spec.method,
    path: displayPath,
    now: context.now(),
    redact,
    codeTitle: context.codeTitle,
  });
  const error: APIError = spec.mapError ? spec.mapError(mapped, body === NOT_JSON ? undefined : body) : mapped;
  // Throttles cool the scope down in the usage guard (Graph's usage headers, contract §6).
  if (error instanceof RateLimitError && !(spec.registration && error.name === 'RegistrationRateLimitError')) {
    context.usageGuard?.observeThrottle(spec.objectIds, error);
  }
  return { ok: false, failure: { kind: 'api', error }, error };
}
