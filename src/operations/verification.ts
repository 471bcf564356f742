import { VerificationRequestCodeParams, VerificationVerifyCodeParams } from '../resources/verification/schemas.js';
import { defineOperation } from './define.js';

/** Ask for an ownership code by SMS or voice — a new message and a counted attempt each time: never retried. */
export const requestCode = defineOperation({ name: 'Verification.requestCode', retry: 'never', params: VerificationRequestCodeParams });

/** Submit the ownership code — a guess counts toward Meta's attempt limits: never retried. */
export const verifyCode = defineOperation({ name: 'Verification.verifyCode', retry: 'never', params: VerificationVerifyCodeParams });
