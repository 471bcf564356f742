/**
 * The two error shapes of CAMS (contract §3.1): gateway errors (HTTP 4xx/5xx, `{RequestId, HostId, Code, Message,
 * Recommend}`) and business errors (the operation's own envelope with `Code != "OK"`, HTTP 200 by default).
 * Handlers throw these; the pipeline turns them into answers.
 * @internal
 */

/** Gateway codes the simulator answers with, with the HTTP status and text of contract §3.2 / §3.3. */
export const GATEWAY_ERRORS = {
  IncompleteSignature: [400, 'The request signature does not conform to Aliyun standards.'],
  SignatureDoesNotMatch: [400, 'Specified signature does not match our calculation.'],
  'InvalidAccessKeyId.NotFound': [404, 'Specified access key is not found.'],
  'InvalidAccessKeyId.Inactive': [400, 'Specified access key is disabled.'],
  'InvalidTimeStamp.Format': [400, 'Specified time stamp or date value is not well formatted.'],
  'InvalidTimeStamp.Expired': [400, 'Specified time stamp or date value is expired.'],
  SignatureNonceUsed: [400, 'Specified signature nonce was used already.'],
  InvalidSignatureMethod: [400, 'Specified signature method is not valid.'],
  // Contract §3.2: codes from public transcriptions, texts and statuses unverified (§7 #13).
  MissingSecurityToken: [400, 'The security token is mandatory for a temporary (STS) access key.'],
  'InvalidSecurityToken.Expired': [400, 'Specified security token is expired.'],
  'InvalidSecurityToken.MismatchWithAccessKey': [400, 'Specified security token does not match the access key.'],
  'InvalidApi.NotFound': [404, 'Specified api is not found, please check your url and method.'],
  'Throttling.User': [400, 'Request was denied due to user flow control.'],
  'Throttling.Api': [400, 'Request was denied due to api flow control.'],
  Throttling: [400, 'Request was denied due to flow control.'],
  InternalError: [500, 'The request processing has failed due to some unknown error, exception or failure.'],
  ServiceUnavailable: [503, 'The request has failed due to a temporary failure of the server.'],
  // Per-operation "E4" codes (contract §3.3), HTTP 400 with the gateway shape.
  'Product.Unsubscript': [400, 'You have not subscribed to the specified product.'],
  'Ram.PermissionDeny': [400, 'You are not authorized to perform the operation.'],
  'System.LimitControl': [400, 'The system is under flow control.'],
  'Unknown.ResourceOwnerId': [400, 'The resource does not belong to the current user.'],
} as const satisfies Record<string, readonly [number, string]>;

/** A gateway error code of {@link GATEWAY_ERRORS}. */
export type GatewayCode = keyof typeof GATEWAY_ERRORS;

/** A gateway-shaped error (contract §3.1 first shape). */
export class CamsGatewayError extends Error {
  readonly status: number;
  readonly code: string;
  readonly accessDeniedDetail: string | undefined;

  constructor(code: string, status: number, message: string, accessDeniedDetail?: string) {
    super(message);
    this.code = code;
    this.status = status;
    this.accessDeniedDetail = accessDeniedDetail;
  }
}

/** A catalogued gateway error, optionally with text appended to the documented message. */
export function gateway(code: GatewayCode, detail?: string): CamsGatewayError {
  const [status, message] = GATEWAY_ERRORS[code];
  return new CamsGatewayError(code, status, detail === undefined ? message : `${message} ${detail}`);
}

/** `Missing<Param>`: HTTP 400, "<Param> is mandatory for this action." (contract §3.2). */
export function missingParam(name: string): CamsGatewayError {
  return new CamsGatewayError(`Missing${name}`, 400, `${name} is mandatory for this action.`);
}

/** `Invalid<Param>`: HTTP 400, "Specified parameter <Param> is not valid." (contract §3.2). */
export function invalidParam(name: string, why?: string): CamsGatewayError {
  return new CamsGatewayError(`Invalid${name}`, 400, `Specified parameter ${name} is not valid.${why === undefined ? '' : ` ${why}`}`);
}

/** A business error: the operation's envelope with `Code` != `OK` (contract §3.1 second shape, §3.4). */
export class CamsBusinessError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** No WABA bound to this space (contract §3.4). */
export const noWaba = (): CamsBusinessError =>
  new CamsBusinessError('ERR-OPERATION-MAAP-0060', 'No WhatsApp Business Account is bound to this subscriber.');

/** The number is not bound to this space (contract §3.4). */
export const numberNotInSpace = (): CamsBusinessError =>
  new CamsBusinessError('ERR-OPERATION-MAAP-0065', 'The phone number is not bound to this subscriber.');

/** A number that is not cc + national digits (contract §3.4). */
export const badPhoneNumber = (): CamsBusinessError =>
  new CamsBusinessError('InvalidParameter.PhoneNumberError', 'The phone number is invalid.');

/**
 * A failure Meta reported behind CAMS. No CAMS code is documented for these (contract §3.4, §7 #11); the simulator
 * uses `ERR-FB-001` ("Meta rejected the call", §3.4) with Meta's code in the `(#NNN)` form of §3.6, so a client
 * can extract it.
 */
export function metaError(metaCode: number, text: string): CamsBusinessError {
  return new CamsBusinessError('ERR-FB-001', `(#${metaCode}) ${text}`);
}
