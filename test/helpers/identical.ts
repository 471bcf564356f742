/**
 * Deep identity for oracle tests: same prototypes, same own keys in the same order (enumerable or not, symbols
 * included), same property values (`Object.is`: -0 ≠ 0, NaN = NaN). Stricter than `toStrictEqual`, and not fooled by
 * an own `constructor` key (which `toStrictEqual` reads to compare types: `{ constructor: NaN }` ≠ itself there).
 * Returns the first difference's path, or `undefined` when identical.
 */
export function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${describe(a)} vs ${describe(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((key, i) => key !== keysB[i])) {
    return `${path}: keys [${keysA.map(String).join(', ')}] vs [${keysB.map(String).join(', ')}]`;
  }
  for (const key of keysA) {
    const da = Object.getOwnPropertyDescriptor(a, key)!;
    const db = Object.getOwnPropertyDescriptor(b, key)!;
    if (da.enumerable !== db.enumerable) return `${path}.${String(key)}: enumerable differs`;
    const found = difference(da.value, db.value, `${path}.${String(key)}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

const describe = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'object' : String(value));
