import type { OperationIdentity } from './define.js';

// Operation identities (name, retry class, registration hook) shared by both providers where the params differ or
// where CAMS checks them without a kind Graph's schema needs: each provider adds its own params (operations/*.ts for
// Graph; cams/resources/*.ts for CAMS). This module holds no schema, so a CAMS handler bundles none of Graph's
// (issue #12). The register family: Graph's params carry the two-step PIN and an optional local-storage region,
// CAMS takes neither (contract §6).

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

/** Ask for an ownership code by SMS or voice — a new message and a counted attempt each time: never retried. @internal */
export const REQUEST_CODE = { name: 'Verification.requestCode', retry: 'never' } as const satisfies OperationIdentity;
