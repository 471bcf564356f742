import * as z from 'zod/mini';

/**
 * A `fields` selection: Graph field names, sent comma-separated. Unknown names make Graph fail the whole call
 * (`(#100) Tried accessing nonexisting field`, contract §1.2), so obvious mistakes are caught here; names Meta
 * adds later still pass (any snake_case name).
 */
export function fieldList<const Known extends readonly string[]>(banned: readonly string[] = []) {
  return z.array(z.string()).check(
    z.minLength(1, 'fields must list at least one field'),
    z.refine((fields) => fields.every((f) => /^[a-z][a-z0-9_]*$/.test(f)), 'each field must be a snake_case Graph field name'),
    z.refine((fields) => new Set(fields).size === fields.length, 'fields must not repeat'),
    z.refine((fields) => !fields.some((f) => banned.includes(f)), {
      message: `these fields are documented but rejected by Graph: ${banned.join(', ')}`,
    }),
  ) as unknown as z.ZodMiniType<readonly Known[number][]>;
}

/** Turns `{ fields: [...] }` into Graph's `fields=a,b,c`. */
export function joinFields<T extends { readonly fields?: readonly string[] | undefined }>(params: T): Record<string, unknown> {
  const { fields, ...rest } = params;
  return { ...rest, ...(fields ? { fields: fields.join(',') } : {}) };
}
