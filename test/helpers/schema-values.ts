import fc from 'fast-check';
import type * as z from 'zod/mini';

// One generator of schema-shaped values for the property tests that compare two ways of judging a value: the
// oracle tests (a schema rewritten without some zod kinds against its former form, test/schemas/oracle.ts) and the
// accepts-as-is soundness and completeness tests (test/internal/accepts-as-is.test.ts).

type Schema = z.core.$ZodType;

/** How far values stray from the schema. */
export interface NearOptions {
  /** One node in `1 + offWeight` is noise (default 5; a higher weight reaches the "valid" side more often). */
  readonly offWeight?: number;
  /** Below this depth every node is noise (default 5). */
  readonly maxDepth?: number;
  /** Give some objects an own `__proto__` key (default true; zod drops it from its copy, so such values never pass as they are). */
  readonly ownProto?: boolean;
}

// Wrong types and the values validators trip on: the legacy `'true'`, -0, NaN, Infinity, a present `undefined`.
const NOISE = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom('', 'x', 'true', 'false', 0, -0, 1.5, NaN, Infinity, true, false, null, undefined),
);

/**
 * Values shaped like what `schema` accepts, often a little off: wrong types, missing keys, extra keys (some named
 * like Object.prototype's), an own `__proto__`, strings that count differently in code points (an emoji).
 *
 * @example
 * fc.assert(fc.property(near(PhoneNumberInfo, { offWeight: 60 }), (value) => check(value)));
 */
export function near(schema: Schema, options: NearOptions = {}, depth = 0): fc.Arbitrary<unknown> {
  const { offWeight = 5, maxDepth = 5 } = options;
  if (depth > maxDepth) return NOISE;
  const def = schema._zod.def as unknown as Record<string, any>;
  const inner = (s: Schema) => near(s, options, depth + 1);
  let shaped: fc.Arbitrary<unknown>;
  switch (def['type']) {
    case 'string':
      shaped = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('', 'a', 'ab', 'a@b.co', '\ud83d\ude00', 'true'));
      break;
    case 'number':
      // Finite here: NaN, Infinity and -0 come from the noise, so deep shapes still come out valid often enough.
      shaped = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
      break;
    case 'boolean':
      shaped = fc.boolean();
      break;
    case 'custom':
      shaped = customValues(schema);
      break;
    case 'enum':
    case 'literal':
      shaped = fc.constantFrom(...[...(schema._zod.values ?? new Set(['x']))].filter((v) => v !== undefined), 'OTHER');
      break;
    case 'optional':
      shaped = fc.option(inner(def['innerType']), { nil: undefined });
      break;
    case 'nullable':
    case 'default':
    case 'catch':
    case 'readonly':
      shaped = fc.option(inner(def['innerType']), { nil: null });
      break;
    case 'pipe':
      shaped = inner(def['in']);
      break;
    case 'union':
      shaped = fc.oneof(...(def['options'] as Schema[]).map(inner));
      break;
    case 'array':
      shaped = fc.array(inner(def['element']), { maxLength: 3 });
      break;
    case 'tuple':
      shaped = fc.tuple(...(def['items'] as Schema[]).map(inner));
      break;
    case 'record':
      shaped = fc.dictionary(fc.string({ maxLength: 3 }), inner(def['valueType']), { maxKeys: 3 });
      break;
    case 'object':
      shaped = objectValues(def['shape'] as Record<string, Schema>, inner, options.ownProto ?? true);
      break;
    default:
      shaped = NOISE;
  }
  return fc.oneof({ arbitrary: shaped, weight: offWeight }, { arbitrary: NOISE, weight: 1 });
}

/**
 * The SDK's hand-checked leaves (open enums, `success`, nullable strings — src/schemas/shape.ts `leaf`) take
 * primitives and their checks are opaque: JSON primitives, mostly ones the schema accepts. Other custom schemas
 * (instanceof, refinements) may take no primitive at all: no filter there, it would spin.
 */
function customValues(schema: Schema): fc.Arbitrary<unknown> {
  const primitive = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('true', 'OTHER'), fc.boolean(), fc.constant(null), fc.integer());
  const accepted = (value: unknown) => {
    const result = schema['~standard'].validate(value);
    return !(result instanceof Promise) && result.issues === undefined;
  };
  return ['', 'x', true, null].some(accepted)
    ? fc.oneof({ arbitrary: primitive.filter(accepted), weight: 4 }, { arbitrary: primitive, weight: 1 })
    : primitive;
}

/** Some of the shape's keys, sometimes with extra keys or an own `__proto__` (which zod drops from its copy). */
function objectValues(shape: Record<string, Schema>, inner: (s: Schema) => fc.Arbitrary<unknown>, ownProto: boolean): fc.Arbitrary<unknown> {
  const keys = Object.keys(shape);
  const kinds = [
    { arbitrary: fc.constant('none'), weight: 3 },
    { arbitrary: fc.constant('extra'), weight: 3 },
    // One object in seven: rare enough that deep shapes still come out valid.
    ...(ownProto ? [{ arbitrary: fc.constant('proto'), weight: 1 }] : []),
  ];
  return fc
    .tuple(
      fc.subarray(keys),
      fc.tuple(...keys.map((key) => inner(shape[key]!))),
      fc.dictionary(fc.constantFrom('extra', 'zz', 'constructor', 'toString'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
      fc.oneof(...kinds),
    )
    .map(([present, values, extra, kind]) => {
      const value: Record<string, unknown> = kind === 'proto' ? JSON.parse('{"__proto__":{"polluted":1}}') : {};
      keys.forEach((key, index) => {
        if (present.includes(key)) value[key] = values[index];
      });
      return kind === 'extra' ? { ...value, ...extra } : value;
    });
}
