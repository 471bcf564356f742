import type { z } from 'zod/mini';
import type { APIError } from '../../errors/api-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import { parseOrThrow } from '../../internal/validate.js';
import { runPipeline, type CallPlan, type Interpreted } from '../../core/pipeline.js';
import { NOT_JSON, notJsonAnswer, parseJson } from '../../core/response-body.js';
import { collectSecrets } from '../../core/secrets.js';
import type { AttemptResponse } from '../../core/transport.js';
import { camsErrorFromResponse, isCamsSuccess } from '../errors/index.js';
import { acsDate, newNonce, signPipelineRequest } from '../signing/acs3.js';
import { HmacKeyCache } from '../signing/digest.js';
import { encodeFormBody } from '../signing/encode.js';
import { CallSecrets } from './call-secrets.js';
import type { CamsOperationSpec } from './cams-spec.js';
import type { CamsContext } from './context.js';
import { CAMS_DEFAULTS, type CamsRequestOptions } from './options.js';
import { CustSpaceId } from './params.js';
import { splitWire } from './wire-values.js';

// One HMAC key cache per client context (contract §2.3: the key is the secret, constant until it rotates): a warm
// client imports its key once. Held weakly, so a client's cache, secret and key go when the client does.
const keyCaches = new WeakMap<CamsContext, HmacKeyCache>();

function keyCacheOf(context: CamsContext): HmacKeyCache {
  let cache = keyCaches.get(context);
  if (cache === undefined) {
    cache = new HmacKeyCache();
    keyCaches.set(context, cache);
  }
  return cache;
}

/**
 * CAMS's wire on the shared pipeline: validate params → resolve the channel → (QPS limiter → fresh credentials,
 * date and nonce, sign → send → success unwrap | typed CAMS error)*. Retries, exactly-once, the registration guard,
 * deadlines and redaction are `runPipeline`'s, the same as Graph's. @internal
 */
export async function camsRequest<P extends z.ZodMiniType, S extends z.ZodMiniType, T>(
  context: CamsContext,
  spec: CamsOperationSpec<P, S, T>,
  options: CamsRequestOptions = {},
): Promise<T> {
  const params = parseOrThrow(spec.params.schema, spec.params.value, 'request', { subject: `${spec.operation} params` });
  const wire: Record<string, unknown> = { ...spec.toWire(params) };
  if (spec.custSpaceId !== 'none') {
    const space = options.custSpaceId ?? context.options.custSpaceId;
    if (space === undefined && spec.custSpaceId === 'required') {
      throw new ValidationError({
        direction: 'request',
        subject: `${spec.operation} params`,
        issues: [{ path: ['custSpaceId'], message: 'a channel is required: set custSpaceId on the client or in the call options (contract §1.3)', code: 'invalid_type' }],
      });
    }
    if (space !== undefined) wire['CustSpaceId'] = parseOrThrow(CustSpaceId, space, 'request', { subject: `${spec.operation} options` });
  }
  const { query, form } = splitWire(wire as never, spec.formParams);
  const body = Object.keys(form).length === 0 ? '' : encodeFormBody(form);

  // Call secrets (the code), then the credentials and signature of each attempt as they come (rotating STS keys).
  const secrets = new CallSecrets(context, collectSecrets(spec.params.value));

  const describe = `POST / ${spec.action}`;
  const plan: CallPlan<T> = {
    operation: spec.operation,
    retry: spec.retry,
    target: { method: 'POST', path: `/ (${spec.action})` },
    describe,
    provider: 'CAMS',
    registration: spec.registration,
    reconcileHint: spec.reconcileHint,
    beforeAttempt: context.acquireQps ? (signal) => context.acquireQps!(spec.action, signal) : undefined,
    build: async () => {
      // A retry is a new request: new credentials (rotation), date, nonce and signature (contract §2.4).
      const credentials = await context.credentials();
      secrets.learn(credentials.accessKeySecret, credentials.securityToken);
      const signed = await signPipelineRequest({
        method: 'POST',
        host: context.options.host,
        pathname: '/',
        query,
        body,
        action: spec.action,
        version: CAMS_DEFAULTS.version,
        date: acsDate(context.now()),
        nonce: newNonce(),
        credentials,
      }, keyCacheOf(context));
      secrets.learn(signed.signature);
      return {
        method: 'POST',
        path: signed.queryString === '' ? '' : `?${signed.queryString}`,
        ...(body === '' ? {} : { body }),
        headers: { ...userHeaders(context.options.headers, options.headers), ...signed.headers, accept: 'application/json', 'user-agent': context.userAgent },
      };
    },
    interpret: (response) => interpretCams(context, spec, (text) => secrets.redactor.text(text), response),
  };
  return runPipeline(context, plan, {
    maxRetries: options.maxRetries ?? context.options.maxRetries,
    timeoutMs: options.timeout ?? context.options.timeout,
    deadlineMs: options.deadline ?? context.options.deadline,
    signal: options.signal,
    get logger() {
      return secrets.logger;
    },
    get redactor() {
      return secrets.redactor;
    },
  });
}

/** Extra headers, minus those the signer owns: an unsigned `x-acs-*` header is rejected by the gateway (contract §2.1). */
function userHeaders(...sources: (Readonly<Record<string, string>> | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {})) {
      const lower = name.toLowerCase();
      if (lower.startsWith('x-acs-') || lower === 'authorization' || lower === 'host' || lower === 'content-type') continue;
      out[lower] = value;
    }
  }
  return out;
}

/** Reads one CAMS answer: HTTP 2xx with `Code` OK → unwrapped, validated, normalised; anything else → typed error (§3.1). */
function interpretCams<P extends z.ZodMiniType, S extends z.ZodMiniType, T>(
  context: CamsContext,
  spec: CamsOperationSpec<P, S, T>,
  redact: (text: string) => string,
  response: AttemptResponse,
): Interpreted<T> {
  const body = parseJson(response.text);
  const requestId = response.headers.get('x-acs-request-id') ?? undefined;
  if (response.status >= 200 && response.status < 300 && body === NOT_JSON) {
    return notJsonAnswer(spec.operation, response.status);
  }
  if (body !== NOT_JSON && isCamsSuccess(response.status, body)) {
    const payload = spec.unwrap(body as Record<string, unknown>);
    const subject = `${spec.operation} response (${spec.action}${requestId ? `, RequestId ${requestId}` : ''})`;
    const parsed = context.options.validateResponses
      ? parseOrThrow(spec.response, payload, 'response', { subject, status: response.status, from: 'CAMS', asIs: context.acceptsAsIs })
      : (payload as z.output<S>);
    return { ok: true, value: spec.result(parsed) };
  }
  // Gateway errors (HTTP ≥ 400) and business errors (HTTP 200, Code ≠ OK) both throw (contract §3.1).
  const error: APIError = camsErrorFromResponse({
    status: response.status,
    body: body === NOT_JSON ? response.text : body,
    headers: response.headers,
    action: spec.action,
    now: context.now(),
    redact,
  });
  return { ok: false, failure: { kind: 'api', error }, error };
}
