import * as z from 'zod/mini';

/**
 * The same field list as last time, element by element. Callers pass the same `fields` on every call, and the
 * checks below are pure functions of the names, so a list equal to the last one that passed needs no new check
 * and no new join (issue #12 warm-path profile: regex per field, a `Set` and a join on every read). By value,
 * not by array identity: zod hands out a fresh array per parse, and the caller's array may be changed in place.
 */
function sameList(a: readonly string[], b: readonly string[] | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A check that remembers the last list it accepted (a copy, so later changes to the caller's array cannot fool it). */
function remembering(check: (fields: readonly string[]) => boolean): (fields: readonly string[]) => boolean {
  let lastAccepted: readonly string[] | undefined;
  return (fields) => {
    if (sameList(fields, lastAccepted)) return true;
    const ok = check(fields);
    if (ok) lastAccepted = [...fields];
    return ok;
  };
}

/**
 * A `fields` selection: Graph field names, sent comma-separated. Unknown names make Graph fail the whole call
 * (`(#100) Tried accessing nonexisting field`, contract §1.2), so obvious mistakes are caught here; names Meta
 * adds later still pass (any snake_case name).
 */
export function fieldList<const Known extends readonly string[]>(banned: readonly string[] = []) {
  return z.array(z.string()).check(
    z.minLength(1, 'fields must list at least one field'),
    z.refine(remembering((fields) => fields.every((f) => /^[a-z][a-z0-9_]*$/.test(f))), 'each field must be a snake_case Graph field name'),
    z.refine(remembering((fields) => new Set(fields).size === fields.length), 'fields must not repeat'),
    z.refine(remembering((fields) => !fields.some((f) => banned.includes(f))), {
      message: `these fields are documented but rejected by Graph: ${banned.join(', ')}`,
    }),
  ) as unknown as z.ZodMiniType<readonly Known[number][]>;
}

let lastFields: readonly string[] | undefined;
let lastJoined = '';

/** Turns `{ fields: [...] }` into Graph's `fields=a,b,c`. */
export function joinFields<T extends { readonly fields?: readonly string[] | undefined }>(params: T): Record<string, unknown> {
  const { fields, ...rest } = params;
  if (!fields) return rest;
  // The same names as last time: the same string, which also lets the query encoder reuse its last result.
  if (!sameList(fields, lastFields)) {
    lastFields = [...fields];
    lastJoined = fields.join(',');
  }
  return { ...rest, fields: lastJoined };
}
