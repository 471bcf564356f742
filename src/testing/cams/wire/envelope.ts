import type { CamsBusinessError, CamsGatewayError } from './errors.js';

/** One answer of the simulator before an adapter sends it. @internal */
export interface CamsRawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The host named in gateway errors (`HostId`, contract §3.1). @internal */
export const CAMS_HOST = 'cams.ap-southeast-1.aliyuncs.com';

function json(status: number, requestId: string, body: Record<string, unknown>): CamsRawResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId },
    body: JSON.stringify(body),
  };
}

/** `{RequestId, Code: "OK", Message, Success?, …payload}` (contract §1.4). @internal */
export function okEnvelope(requestId: string, hasSuccess: boolean, payload: Readonly<Record<string, unknown>>): CamsRawResponse {
  return json(200, requestId, { RequestId: requestId, Code: 'OK', Message: 'SUCCESS', ...(hasSuccess ? { Success: true } : {}), ...payload });
}

/** A business error in the operation's envelope (contract §3.1); HTTP 200 unless configured (§7 #1). @internal */
export function businessEnvelope(requestId: string, hasSuccess: boolean, error: CamsBusinessError, status: number): CamsRawResponse {
  return json(status, requestId, { RequestId: requestId, Code: error.code, Message: error.message, ...(hasSuccess ? { Success: false } : {}) });
}

/** The gateway error shape of contract §3.1. @internal */
export function gatewayEnvelope(requestId: string, error: CamsGatewayError): CamsRawResponse {
  return json(error.status, requestId, {
    RequestId: requestId,
    HostId: CAMS_HOST,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=cams`,
    ...(error.accessDeniedDetail === undefined ? {} : { AccessDeniedDetail: error.accessDeniedDetail }),
  });
}
