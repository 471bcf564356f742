import * as z from 'zod/mini';
import { PhoneNumberRegisterParams } from '../resources/registration/schemas.js';
import { defineOperation } from './define.js';
import { DEREGISTER, REGISTER } from './identities.js';

const NO_PARAMS = z.strictObject({});

/** Register the number, with Graph's params: the two-step PIN and an optional local-storage region. */
export const register = defineOperation({ ...REGISTER, params: PhoneNumberRegisterParams });

/** Deregister the number; no params. */
export const deregister = defineOperation({ ...DEREGISTER, params: NO_PARAMS });
