import type { SimulatorOutcome } from '../faults/outcome.js';
import type { CamsFaultKind } from './options.js';
import { businessEnvelope, gatewayEnvelope, type CamsRawResponse } from './wire/envelope.js';
import { CamsBusinessError, CamsGatewayError, GATEWAY_ERRORS, gateway, type GatewayCode } from './wire/errors.js';

const MALFORMED_BODY = '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>';
const PLACEHOLDER: CamsRawResponse = { status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body: '{"Code":"OK"}' };

function response(raw: CamsRawResponse): SimulatorOutcome {
  return { kind: 'response', ...raw };
}

function isGatewayCode(code: string): code is GatewayCode {
  return Object.hasOwn(GATEWAY_ERRORS, code);
}

/**
 * The outcome of a fault on a CAMS request; `raw` is the real answer when the operation ran first (`when: 'after'`).
 * @internal
 */
export function camsFaultOutcome(
  kind: CamsFaultKind,
  raw: CamsRawResponse | undefined,
  requestId: string,
  hasSuccess: boolean,
  businessErrorStatus: number,
): SimulatorOutcome {
  const real = raw ?? PLACEHOLDER;
  if (kind === 'reset' || kind === 'hang') return { kind };
  if (kind === '500') return response(gatewayEnvelope(requestId, gateway('InternalError', '(fault injection)')));
  if (kind === '503') return response(gatewayEnvelope(requestId, gateway('ServiceUnavailable', '(fault injection)')));
  if (kind === 'malformed') return { kind: 'response', status: real.status, headers: real.headers, body: MALFORMED_BODY };
  if (kind === 'truncated') return { kind: 'truncated', ...real, cutAt: Math.floor(new TextEncoder().encode(real.body).length / 2) };
  if ('camsCode' in kind) {
    const catalogued = isGatewayCode(kind.camsCode) ? GATEWAY_ERRORS[kind.camsCode] : undefined;
    const shape = kind.shape ?? (catalogued !== undefined || (kind.status ?? 200) >= 400 ? 'gateway' : 'business');
    const message = kind.message ?? catalogued?.[1] ?? 'Simulated error (fault injection).';
    if (shape === 'gateway') {
      return response(gatewayEnvelope(requestId, new CamsGatewayError(kind.camsCode, kind.status ?? catalogued?.[0] ?? 400, message)));
    }
    return response(businessEnvelope(requestId, hasSuccess, new CamsBusinessError(kind.camsCode, message), kind.status ?? businessErrorStatus));
  }
  return { kind: 'response', status: kind.status, headers: { 'content-type': 'text/html; charset=utf-8', ...kind.headers }, body: kind.body };
}
