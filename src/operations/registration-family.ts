import type { OperationIdentity } from './define.js';

// The register family's identity, shared by both providers; the params are not: Graph's carry the two-step PIN and an
// optional local-storage region, CAMS takes neither (contract §6). Each provider adds its own params
// (operations/phone-number.ts for Graph, cams/resources/registration.ts for CAMS), and this module holds no schema,
// so a CAMS handler bundles no PIN or region schema (issue #12).

/** Register the number: counted by the registration guard, never retried. @internal */
export const REGISTER = { name: 'PhoneNumber.register', retry: 'never', registration: 'register' } as const satisfies OperationIdentity;

/** Deregister the number: counted by the registration guard, never retried. @internal */
export const DEREGISTER = { name: 'PhoneNumber.deregister', retry: 'never', registration: 'deregister' } as const satisfies OperationIdentity;

/**
 * Verify the code and register the number in one step, under a name that says it registers (issue #9 §2): CAMS
 * does it in one call (`ChatappVerifyAndRegister`), Graph in two (`verify_code`, then `register`, each its own
 * definition). Counted by the registration guard either way; never retried. @internal
 */
export const VERIFY_AND_REGISTER = {
  name: 'PhoneNumber.verifyAndRegister',
  retry: 'never',
  registration: 'register',
} as const satisfies OperationIdentity;
