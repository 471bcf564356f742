import { CAMS_ROUTES } from '../handlers/index.js';
import type { CamsStore } from '../state/store.js';
import { decodePairs, PercentEncodingError } from '../verifier/encode.js';
import { verifyAcs3 } from '../verifier/acs3.js';
import { businessEnvelope, gatewayEnvelope, okEnvelope, type CamsRawResponse } from '../wire/envelope.js';
import { CamsBusinessError, CamsGatewayError, gateway } from '../wire/errors.js';
import { CamsParams } from '../wire/params.js';
import type { CamsCall } from './call.js';
import type { QpsMeter } from './qps.js';
import type { CamsSimulatorOptions } from '../options.js';

/** The only API version of CAMS (contract §1.1). */
export const CAMS_VERSION = '2020-06-06';

/** One call as the simulator saw it, for assertions (`sim.calls`). */
export interface CamsCallRecord {
  readonly action: string;
  readonly status: number;
  readonly code: string;
  readonly at: number;
  /** Names of the parameters sent in the URL query (values are not kept: they may be codes). */
  readonly queryParams: readonly string[];
  /** Names of the parameters sent in the form body. */
  readonly bodyParams: readonly string[];
}

/** @internal */
export interface CamsPipelineDeps {
  readonly store: CamsStore;
  readonly qps: QpsMeter;
  readonly businessErrorStatus: number;
  readonly throttling: NonNullable<CamsSimulatorOptions['throttling']>;
  readonly calls: CamsCallRecord[];
}

function formPairs(request: Request, body: Uint8Array): { name: string; value: string }[] {
  if (body.length === 0) return [];
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  // Contract §1.1: a CAMS body is a form, never JSON; another body type carries no parameters.
  if (!type.startsWith('application/x-www-form-urlencoded')) return [];
  try {
    return decodePairs(new TextDecoder('utf-8', { fatal: true }).decode(body), true);
  } catch {
    throw new CamsGatewayError('InvalidParameter', 400, 'The form body is not valid application/x-www-form-urlencoded.');
  }
}

function ramDenied(action: string, accessKeyId: string): CamsGatewayError {
  const detail = JSON.stringify({ AuthAction: `cams:${action}`, AuthPrincipalType: 'SubUser', AuthPrincipalDisplayName: accessKeyId, NoPermissionType: 'ImplicitDeny', PolicyType: 'AccountLevelIdentityBasedPolicy' });
  return new CamsGatewayError('Ram.PermissionDeny', 400, 'You are not authorized to perform the operation.', detail);
}

/**
 * Answers one CAMS request: route check (`POST /`, GET accepted as [META-2407] lists it) → ACS3 verification →
 * version and action → RAM policy → QPS → parameters (query and form body merged, contract §1.2) → the operation.
 * @internal
 */
export async function processCamsRequest(deps: CamsPipelineDeps, request: Request): Promise<CamsRawResponse> {
  const { store } = deps;
  const requestId = store.newRequestId();
  const url = new URL(request.url);
  const body = new Uint8Array(await request.arrayBuffer());
  const action = request.headers.get('x-acs-action')?.trim() ?? '';
  const route = CAMS_ROUTES[action];
  let queryParams: string[] = [];
  let bodyParams: string[] = [];
  let retryAfter: number | undefined;
  const record = (response: CamsRawResponse, code: string): CamsRawResponse => {
    deps.calls.push({ action, status: response.status, code, at: store.now(), queryParams, bodyParams });
    return response;
  };
  try {
    if (url.pathname !== '/' || (request.method !== 'POST' && request.method !== 'GET')) throw gateway('InvalidApi.NotFound');
    const now = store.now();
    const verified = await verifyAcs3(
      { method: request.method, url, headers: request.headers, body },
      { now, nonces: store.nonces, key: (id) => store.keys.get(id) },
    );
    if (verified.version !== CAMS_VERSION || route === undefined) throw gateway('InvalidApi.NotFound');
    const key = store.keys.get(verified.accessKeyId);
    if (key === undefined) throw gateway('InvalidAccessKeyId.NotFound');
    if (key.allowedActions !== undefined && !key.allowedActions.includes(action)) throw ramDenied(action, key.accessKeyId);
    const waitMs = deps.qps.admit(key.accountId, action, now);
    if (waitMs !== undefined) {
      const throttled = gateway(deps.throttling.code ?? 'Throttling.User');
      if (deps.throttling.retryAfterMs === true) retryAfter = waitMs;
      throw throttled;
    }
    const fromBody = formPairs(request, body);
    queryParams = verified.queryPairs.map((p) => p.name);
    bodyParams = fromBody.map((p) => p.name);
    const values = new Map<string, string>();
    for (const { name, value } of [...verified.queryPairs, ...fromBody]) values.set(name, value);
    const call: CamsCall = { action, params: new CamsParams(values), store, now, accountId: key.accountId };
    try {
      return record(okEnvelope(requestId, route.success, route.run(call)), 'OK');
    } catch (error) {
      if (error instanceof CamsBusinessError) return record(businessEnvelope(requestId, route.success, error, deps.businessErrorStatus), error.code);
      throw error;
    }
  } catch (error) {
    if (error instanceof PercentEncodingError) error = new CamsGatewayError('InvalidParameter', 400, 'Not valid percent-encoding.');
    if (error instanceof CamsGatewayError) {
      const answer = gatewayEnvelope(requestId, error);
      const headers = retryAfter === undefined ? answer.headers : { ...answer.headers, 'x-acs-retry-after': String(retryAfter) };
      return record({ ...answer, headers }, error.code);
    }
    throw error;
  }
}

/** Whether an action's envelope has `Success` (for faults shaped as business errors). @internal */
export function hasSuccessField(action: string): boolean {
  return CAMS_ROUTES[action]?.success ?? false;
}
