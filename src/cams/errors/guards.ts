import type { APIError, CamsErrorDetails } from '../../errors/api-error.js';
import { isAPIError } from '../../errors/guards.js';

/** An {@link APIError} that came from CAMS: `provider` is `'cams'` and `cams` holds its code and request id. */
export type CamsAPIError = APIError & { readonly provider: 'cams'; readonly cams: CamsErrorDetails };

/**
 * True when Alibaba Cloud CAMS answered with an error (any class), in any realm.
 *
 * The class guards work the same for both providers (`isRegistrationRateLimitError`, `isRateLimitError`…); use this
 * one to read the CAMS fields.
 *
 * @example
 * if (isCamsError(error)) console.error(error.cams.code, error.cams.requestId);
 */
export function isCamsError(value: unknown): value is CamsAPIError {
  if (!isAPIError(value)) return false;
  const fields = value as unknown as Record<string, unknown>;
  return fields['provider'] === 'cams' && typeof fields['cams'] === 'object' && fields['cams'] !== null;
}
