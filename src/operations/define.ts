import type { z } from 'zod/mini';
import type { RegistrationAction } from '../errors/guard-errors.js';
import type { RetryClass } from '../core/retry-policy.js';

/**
 * One operation, defined once for every provider (issue #9 §1): its name, the params the caller passes (checked
 * before anything is sent), its retry class and its registration-guard hook. Each provider adds only a wire
 * mapping — Graph: method, path and body (`core/graph-spec.ts`); CAMS: `Action`, PascalCase params, query or form
 * body, unwrap and enum normalisation (`cams/core/cams-spec.ts`). A definition imports no provider, so a handler
 * bundles only the provider it calls. @internal
 */
export interface OperationDef<P extends z.ZodMiniType = z.ZodMiniType> {
  /** Stable name in logs and errors, the same on every provider: `PhoneNumber.register`. */
  readonly name: string;
  /** `never` for anything with a side effect: sent exactly once, whatever happens. */
  readonly retry: RetryClass;
  /** The caller's params, as they are on every provider that supports them. */
  readonly params: P;
  /** Counted by the registration guard (Meta's 10 per number per 72 h, behind either provider). */
  readonly registration?: RegistrationAction | undefined;
}

/**
 * What an operation is on every provider, without its params: name, retry class, registration hook. For a family
 * whose params a provider narrows (the register family on CAMS: no PIN, no region), so that each provider builds
 * its own {@link OperationDef} and bundles only its own schema. @internal
 */
export type OperationIdentity = Omit<OperationDef, 'params'>;

/** Declares an {@link OperationDef} (an identity function that keeps the literal types). @internal */
export function defineOperation<P extends z.ZodMiniType>(def: OperationDef<P>): OperationDef<P> {
  return def;
}
