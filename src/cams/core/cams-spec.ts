import type { z } from 'zod/mini';
import type { RegistrationAction } from '../../errors/guard-errors.js';
import type { RetryClass } from '../../core/retry-policy.js';
import type { OperationDef } from '../../operations/define.js';

/** A CAMS parameter value before encoding: arrays and objects become one JSON-text parameter (contract §1.2). */
export type CamsWireValue = string | number | boolean | readonly unknown[] | { readonly [key: string]: unknown };

/** Where the channel id goes: every §4 operation takes `CustSpaceId`, required or optional. */
export type CustSpacePolicy = 'required' | 'optional' | 'none';

/** One CAMS call as the pipeline runs it. @internal */
export interface CamsOperationSpec<P extends z.ZodMiniType = z.ZodMiniType, S extends z.ZodMiniType = z.ZodMiniType, T = unknown> {
  readonly operation: string;
  /** `x-acs-action`, e.g. `ChatappPhoneNumberRegister`. */
  readonly action: string;
  readonly retry: RetryClass;
  readonly params: { readonly schema: P; readonly value: unknown };
  /** Validated params → PascalCase wire params; `undefined` values are left out (the SDK omits unset fields). */
  readonly toWire: (params: z.output<P>) => Readonly<Record<string, CamsWireValue | undefined>>;
  /**
   * Wire params sent in the signed form body instead of the query: the secret-bearing ones (`VerifyCode`, the
   * Embedded Signup `Code`), so they never appear in a URL or an access log (issue #9 §2; contract §1.2 allows
   * either placement, [TS-142] sends them in the body).
   */
  readonly formParams?: readonly string[] | undefined;
  readonly custSpaceId: CustSpacePolicy;
  /** The payload inside the envelope (`Data`, `PhoneNumbers`, `Model`…; contract §1.4, §4). */
  readonly unwrap: (body: Readonly<Record<string, unknown>>) => unknown;
  /** Tolerant schema of the unwrapped payload. */
  readonly response: S;
  /** Normalises the payload to the SDK's result (Graph's field names and enum words where they exist). */
  readonly result: (payload: z.output<S>) => T;
  readonly registration?: { readonly key: string; readonly action: RegistrationAction } | undefined;
  readonly reconcileHint: string;
}

/** CAMS's wire mapping of an {@link OperationDef}: everything the definition does not already say. @internal */
export interface CamsMapping<P extends z.ZodMiniType, S extends z.ZodMiniType, T> {
  readonly action: string;
  /**
   * Params narrower than the definition's, where CAMS lacks a Graph option (the business profile update). A family
   * whose Graph params a handler should not bundle defines its own CAMS definition instead (the register family:
   * no PIN, no region, contract §5–§6; cams/resources/registration.ts). @default the definition's params
   */
  readonly params?: P | undefined;
  readonly toWire: (params: z.output<P>) => Readonly<Record<string, CamsWireValue | undefined>>;
  readonly formParams?: readonly string[] | undefined;
  /** @default 'required' */
  readonly custSpaceId?: CustSpacePolicy | undefined;
  /** @default (body) => body.Data */
  readonly unwrap?: ((body: Readonly<Record<string, unknown>>) => unknown) | undefined;
  readonly response: S;
  readonly result: (payload: z.output<S>) => T;
  /** The key the registration guard counts under, when the definition has a registration hook. */
  readonly registrationKey?: string | undefined;
  readonly reconcileHint?: string | undefined;
}

/** Joins a definition, the caller's params and CAMS's mapping into the pipeline's spec. @internal */
export function camsSpec<D extends z.ZodMiniType, S extends z.ZodMiniType, T, P extends z.ZodMiniType = D>(
  def: OperationDef<D>,
  value: unknown,
  mapping: CamsMapping<P, S, T>,
): CamsOperationSpec<P, S, T> {
  return {
    operation: def.name,
    action: mapping.action,
    retry: def.retry,
    params: { schema: (mapping.params ?? def.params) as P, value },
    toWire: mapping.toWire,
    formParams: mapping.formParams,
    custSpaceId: mapping.custSpaceId ?? 'required',
    unwrap: mapping.unwrap ?? ((body) => body['Data']),
    response: mapping.response,
    result: mapping.result,
    registration: def.registration && mapping.registrationKey !== undefined ? { key: mapping.registrationKey, action: def.registration } : undefined,
    reconcileHint: mapping.reconcileHint ?? 'Read the number or WABA to see whether the change was applied before trying again.',
  };
}
