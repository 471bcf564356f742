import { VerificationRequestCodeParams, VerificationVerifyCodeParams } from '../resources/verification/schemas.js';
import { defineOperation } from './define.js';
import { REQUEST_CODE } from './identities.js';

/** Ask for an ownership code by SMS or voice, with Graph's params (see {@link REQUEST_CODE}). */
export const requestCode = defineOperation({ ...REQUEST_CODE, params: VerificationRequestCodeParams });

/** Submit the ownership code — a guess counts toward Meta's attempt limits: never retried. */
export const verifyCode = defineOperation({ name: 'Verification.verifyCode', retry: 'never', params: VerificationVerifyCodeParams });
