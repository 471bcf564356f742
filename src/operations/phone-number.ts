import * as z from 'zod/mini';
import { PhoneNumberRegisterParams, VerifyAndRegisterParams } from '../resources/registration/schemas.js';
import { defineOperation } from './define.js';

const NO_PARAMS = z.strictObject({});

/**
 * Register the number — counted by the registration guard, never retried. Graph's params carry the two-step PIN
 * and an optional local-storage region; CAMS takes neither (contract §6), so its mapping narrows them to `{}`.
 */
export const register = defineOperation({ name: 'PhoneNumber.register', retry: 'never', params: PhoneNumberRegisterParams, registration: 'register' });

/** Deregister the number — counted by the registration guard, never retried. */
export const deregister = defineOperation({ name: 'PhoneNumber.deregister', retry: 'never', params: NO_PARAMS, registration: 'deregister' });

/**
 * Verify the code and register the number in one step, under a name that says it registers (issue #9 §2): CAMS
 * does it in one call (`ChatappVerifyAndRegister`), Graph in two (`verify_code`, then `register`). Counted by the
 * registration guard either way; never retried.
 */
export const verifyAndRegister = defineOperation({
  name: 'PhoneNumber.verifyAndRegister',
  retry: 'never',
  params: VerifyAndRegisterParams,
  registration: 'register',
});
