import type { z } from 'zod/mini';
import type { OperationDef } from '../operations/define.js';
import type { OperationSpec } from './operation.js';

/**
 * Graph's wire mapping of an {@link OperationDef}: method, path, where params go, the response schema, the ids
 * for the usage guard — everything of an {@link OperationSpec} the definition does not already say. @internal
 */
export type GraphMapping<P extends z.ZodMiniType, R extends z.ZodMiniType> = Omit<
  OperationSpec<P, R>,
  'operation' | 'retry' | 'params' | 'registration'
> & {
  /** Where the params go on the wire. */
  readonly in: 'query' | 'body';
  readonly toWire?: (params: z.output<P>) => Record<string, unknown>;
  /** The phone number id the registration guard counts under, when the definition has a registration hook. */
  readonly registrationKey?: string;
};

/** Joins a definition, the caller's params and Graph's mapping into the pipeline's spec. @internal */
export function graphSpec<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  def: OperationDef<P>,
  value: unknown,
  mapping: GraphMapping<P, R>,
): OperationSpec<P, R> {
  const { in: placement, toWire, registrationKey, ...rest } = mapping;
  return {
    ...rest,
    operation: def.name,
    retry: def.retry,
    params: { schema: def.params, value, in: placement, ...(toWire ? { toWire } : {}) },
    ...(def.registration && registrationKey !== undefined ? { registration: { phoneNumberId: registrationKey, action: def.registration } } : {}),
  };
}
