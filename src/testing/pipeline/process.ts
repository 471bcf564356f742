import type { ResolvedUsage } from '../options.js';
import type { RandomStreams } from '../random.js';
import type { SimStore } from '../state/store.js';
import { errorBody, SimGraphError, statusOf } from '../wire/graph-error.js';
import { Params } from '../wire/params.js';
import { debugToken, exchangeCode } from '../handlers/oauth.js';
import { authenticate } from './auth.js';
import { processBatch } from './batch.js';
import type { RawResponse } from './raw-response.js';
import { ok, type HandlerResult } from './context.js';
import { resolveRoute } from './router.js';
import type { UsageMeter } from './usage.js';


/** What the request pipeline needs. @internal */
export interface PipelineDeps {
  readonly store: SimStore;
  readonly random: RandomStreams;
  readonly usage: UsageMeter;
  readonly usageConfig: ResolvedUsage;
  readonly apiVersions: readonly string[] | undefined;
}

const VERSION = /^v\d+\.\d+$/;
const DEFAULT_VERSION = 'v23.0';

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a malformed escape is an unknown id/edge, answered by the router
  }
}

/** `/prefix/v23.0/123/register` → version `v23.0`, segments `['123', 'register']`; unversioned paths allowed. */
function splitPath(pathname: string): { version: string | undefined; segments: string[] } {
  const parts = pathname.split('/').filter((part) => part !== '').map(decodeSegment);
  const index = parts.findIndex((part) => VERSION.test(part));
  return index < 0 ? { version: undefined, segments: parts } : { version: parts[index], segments: parts.slice(index + 1) };
}

function json(status: number, body: unknown, headers: Record<string, string>): RawResponse {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8', ...headers }, body: JSON.stringify(body) };
}

/**
 * Runs one request through version check → params → auth → routing → usage budget → handler, and turns every
 * outcome (including Graph errors and simulator bugs) into an HTTP answer. Never throws.
 * @internal
 */
export async function processRequest(deps: PipelineDeps, request: Request): Promise<RawResponse> {
  const { store, random, usage } = deps;
  const now = store.now();
  const traceId = random.traces.traceId();
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const { version, segments } = splitPath(url.pathname);
  const base: Record<string, string> = {
    'x-fb-trace-id': traceId,
    'x-fb-request-id': random.traces.traceId(),
    'facebook-api-version': version ?? DEFAULT_VERSION,
  };
  let wabaId: string | undefined;
  let authenticated = false;
  try {
    if (version !== undefined && deps.apiVersions !== undefined && !deps.apiVersions.includes(version)) {
      throw new SimGraphError({
        code: 100,
        message: `(#100) Unsupported API version ${version}. This simulator accepts ${deps.apiVersions.join(', ')}.`,
      });
    }
    const params = await Params.from(request, url);
    if (segments.length === 2 && segments[0] === 'oauth' && segments[1] === 'access_token') {
      return answer(exchangeCode(store, params, random, now));
    }
    const token = await authenticate(request, params, store);
    authenticated = true;
    if (segments.length === 0 && method === 'POST' && params.has('batch')) {
      // Each item is metered and authorised as the request it stands for (Graph counts batch items one by one).
      return answer(ok(await processBatch(request, url, version ?? DEFAULT_VERSION, params, (item) => processRequest(deps, item))));
    }
    if (segments.length === 1 && segments[0] === 'debug_token') {
      usage.check(undefined, now);
      usage.record(undefined, now);
      return answer(debugToken(store, params));
    }
    const route = resolveRoute(store, segments, method);
    if (route.wabaId !== undefined && token.wabaIds !== undefined && !token.wabaIds.has(route.wabaId)) {
      throw new SimGraphError({
        code: 200,
        message: '(#200) Permissions error',
        details: `The access token has no permission on WhatsApp Business Account ${route.wabaId}.`,
      });
    }
    wabaId = route.wabaId;
    usage.check(wabaId, now);
    usage.record(wabaId, now);
    const ctx = { store, now, method, url, params, token, sub: route.sub, random, usage: deps.usageConfig };
    return answer(await route.run(ctx));
  } catch (error) {
    const spec =
      error instanceof SimGraphError
        ? error.spec
        : { code: 1, status: 500, details: `Simulator bug: ${error instanceof Error ? error.message : String(error)}` };
    const usageHeaders = authenticated ? usage.headers(wabaId, now) : {};
    return json(statusOf(spec), errorBody(spec, traceId), { ...base, ...usageHeaders, ...spec.headers });
  }

  function answer(result: HandlerResult): RawResponse {
    const usageHeaders = authenticated ? usage.headers(wabaId, now) : {};
    return json(result.status ?? 200, result.body, { ...base, ...usageHeaders, ...result.headers });
  }
}
