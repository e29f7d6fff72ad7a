import fc from 'fast-check';

/** The subset of JSON Schema that the API's OpenAPI document uses. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  default?: unknown;
}

/**
 * Values for a property whose meaning the document states only in prose or leaves to the
 * server (an IANA zone, an instant in the test week, an id of the test account), by name.
 */
export type Hints = Record<string, fc.Arbitrary<unknown> | undefined>;

/** Resolves `$ref`s against the document's `components.schemas`. */
export function resolver(schemas: Record<string, JsonSchema>) {
  return function resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')]!);
  };
}

/** Text that survives trimming and fits `[min, max]` characters. */
export function plainText(minLength = 1, maxLength = 60): fc.Arbitrary<string> {
  const max = Math.max(minLength, Math.min(maxLength, 60));
  return fc
    .tuple(fc.constantFrom('A', 'b', 'Z', 'x'), fc.string({ maxLength: max - 1 }))
    .map(([first, rest]) => `${first}${rest}`.trimEnd().padEnd(minLength, 'a'));
}

function integer(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1) + 1;
  return fc.integer({ min, max: schema.maximum ?? min + 500 });
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((text) => text.length >= (schema.minLength ?? 0))
      .filter((text) => text.length <= (schema.maxLength ?? Infinity));
  }
  if (schema.format === 'uri') return fc.webUrl({ validSchemes: ['https'] });
  // Addresses people type, rather than every form RFC 5321 allows (quoted parts, `!#$%`).
  if (schema.format === 'email') return fc.stringMatching(/^[a-z][a-z0-9]{0,20}@example\.com$/);
  return plainText(schema.minLength ?? 0, schema.maxLength);
}

/**
 * An arbitrary of values valid against `schema`: required properties always, optional ones
 * sometimes, no property the schema does not name. `hints` replace the values of the named
 * properties, since a schema cannot say that a string must be a zone or an existing id.
 */
export function validValue(
  schema: JsonSchema,
  resolve: (schema: JsonSchema) => JsonSchema,
  hints: Hints,
): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  if (resolved.allOf) {
    return fc
      .tuple(...resolved.allOf.map((part) => validValue(part, resolve, hints)))
      .map((parts) => Object.assign({}, ...parts) as unknown);
  }
  if (resolved.anyOf) {
    return fc.oneof(...resolved.anyOf.map((part) => validValue(part, resolve, hints)));
  }
  const types = [resolved.type ?? 'object'].flat();
  const type = types.find((candidate) => candidate !== 'null') ?? 'null';
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integer(resolved);
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringOf(resolved);
    case 'array':
      return fc.array(validValue(resolved.items ?? {}, resolve, hints), {
        minLength: resolved.minItems ?? 0,
        maxLength: Math.min(resolved.maxItems ?? 4, 4),
      });
    default: {
      const properties = resolved.properties ?? {};
      const required = new Set(resolved.required ?? []);
      const record = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [
          name,
          hints[name] ?? validValue(property, resolve, hints),
        ]),
      );
      return fc.record(record, {
        requiredKeys: Object.keys(properties).filter((name) => required.has(name)),
      });
    }
  }
}
