/**
 * Values shaped like an OpenAPI request schema, then mutated: fields dropped,
 * given the wrong type, or filled with hostile strings. Near-valid bodies get
 * past validation into services, where the interesting failures are.
 */
import fc from 'fast-check';
import { oddString } from './values.js';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 31), Number.MAX_VALUE),
  oddString,
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

function stringFor(schema: JsonSchema, known: string[]): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 200;
  return fc.oneof(
    ...(known.length > 0 ? [fc.constantFrom(...known)] : []),
    fc.string({ minLength: 1, maxLength: Math.min(max, 60) }),
    fc.lorem({ maxCount: 30 }).map((s) => s.slice(0, max)),
    oddString,
  );
}

/**
 * An arbitrary for values of (roughly) this schema, with a share of wrong-typed
 * values. `known` strings (real ids) are mixed into every string field.
 */
export function fromSchema(schema: JsonSchema | undefined, known: string[] = [], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return wrongType;
  const variants = schema.anyOf ?? schema.oneOf;
  const base = ((): fc.Arbitrary<unknown> => {
    if (variants) return fc.oneof(...variants.map((v) => fromSchema(v, known, depth + 1)));
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'object':
        return objectFor(schema, known, depth);
      case 'array':
        return fc.array(fromSchema(schema.items, known, depth + 1), { maxLength: 25 });
      case 'string':
        return stringFor(schema, known);
      case 'integer':
        return fc.integer({ min: (schema.minimum ?? -5) - 2, max: (schema.maximum ?? 100) + 2 });
      case 'number':
        return fc.double({ noNaN: false });
      case 'boolean':
        return fc.boolean();
      default:
        return wrongType;
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: base }, { weight: 1, arbitrary: wrongType });
}

function objectFor(schema: JsonSchema, known: string[], depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, known, depth + 1)]));
  const record = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
  const extra = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'ownerId', 'owner_id', 'id'), wrongType, { maxKeys: 2 });
  return fc.tuple(record, extra, fc.boolean()).map(([r, e, withExtra]) => (withExtra ? { ...e, ...(r as object) } : r));
}
