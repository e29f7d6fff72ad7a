/**
 * JSON Schema, as an OpenAPI 3.1 document carries it, summarised for people: a short type
 * label (`string (date-time)`, `integer or null`, `array of Slot`) and a table of fields in
 * which nested objects are flattened into dot paths (`customer.email`, `questions[].kind`).
 */

/** The component a `$ref` names, such as `Booking` for `#/components/schemas/Booking`. */
export const refName = (ref) => ref.slice(ref.lastIndexOf('/') + 1);

/** The schema a `$ref` points at, followed until it is not a `$ref` any more. */
export function resolve(document, schema) {
  let current = schema ?? {};
  const seen = new Set();
  while (current.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce((node, key) => node?.[key], document) ?? {};
  }
  return current;
}

/** Writes a JSON value the way a reader types it: `'a'` as `a`, objects as JSON. */
const literal = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** `integer`, `string (date-time)`, `string or null`, `array of Slot`, `object`. */
export function typeLabel(document, schema) {
  if (!schema) return '';
  if (schema.$ref) {
    const target = resolve(document, schema);
    const name = refName(schema.$ref);
    return isObject(target) ? name : `${typeLabel(document, target)}`;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map((part) => typeLabel(document, part)))].join(' or ');
  if (schema.allOf) return schema.allOf.map((part) => typeLabel(document, part)).join(' and ');
  if (schema.const !== undefined) return literal(schema.const);

  const types = [schema.type ?? (schema.properties ? 'object' : 'any')].flat();
  return types
    .map((type) => {
      if (type === 'array') return `array of ${typeLabel(document, schema.items) || 'any'}`;
      if (type === 'object' && schema.additionalProperties && !schema.properties) {
        const values = typeLabel(document, schema.additionalProperties);
        return values ? `object of ${values}` : 'object';
      }
      return schema.format ? `${type} (${schema.format})` : type;
    })
    .join(' or ');
}

/** Whether `schema` is an object with named fields worth a table of its own. */
export function isObject(schema) {
  return Boolean(schema?.properties) || Boolean(schema?.allOf);
}

/** The named fields of an object schema, merging `allOf` parts; `required` lists the names. */
function objectFields(document, schema) {
  const parts = schema.allOf ? schema.allOf.map((part) => resolve(document, part)) : [schema];
  const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}));
  const required = new Set(parts.flatMap((part) => part.required ?? []));
  return { properties, required };
}

/** Range words for a minimum and a maximum: `5–1440`, `at least 1`, `at most 20`. */
function range(minimum, maximum, unit = '') {
  if (minimum !== undefined && maximum !== undefined) return `${minimum}–${maximum}${unit}`;
  if (minimum !== undefined) return `at least ${minimum}${unit}`;
  if (maximum !== undefined) return `at most ${maximum}${unit}`;
  return undefined;
}

/** The rules a value must meet, in words: enum values, ranges, lengths, pattern, default. */
export function constraints(document, schema) {
  const target = resolve(document, schema);
  const notes = [];
  const values = target.enum ?? target.items?.enum ?? resolve(document, target.items).enum;
  if (values) notes.push(`one of ${values.map(literal).join(', ')}`);
  const above = target.exclusiveMinimum !== undefined ? `more than ${target.exclusiveMinimum}` : '';
  const between = range(target.minimum, target.maximum);
  if (above) notes.push(above);
  if (between) notes.push(between);
  const length = range(target.minLength, target.maxLength, ' characters');
  if (length) notes.push(length);
  const items = range(target.minItems, target.maxItems, ' items');
  if (items) notes.push(items);
  if (target.pattern) notes.push(`matches \`${target.pattern}\``);
  const itemPattern = resolve(document, target.items).pattern;
  if (itemPattern) notes.push(`each matches \`${itemPattern}\``);
  if (target.default !== undefined) notes.push(`default ${literal(target.default)}`);
  const example = schema?.example ?? target.example;
  if (example !== undefined && typeof example !== 'object') notes.push(`e.g. ${literal(example)}`);
  return notes;
}

/** A schema's own description, else the description of the component it refers to. */
const describe = (document, schema) =>
  schema?.description ?? resolve(document, schema).description ?? '';

/**
 * The rows of a field table for an object schema: one per field, nested objects (also inside
 * arrays, as `name[]`) flattened into dot paths, each with its type, whether it is required
 * and its description followed by its constraints.
 *
 * @returns {{ path: string, type: string, required: boolean, description: string }[]}
 */
export function fieldRows(document, schema, prefix = '', seen = new Set()) {
  const target = resolve(document, schema);
  if (!isObject(target)) return [];
  const { properties, required } = objectFields(document, target);
  return Object.entries(properties).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const notes = constraints(document, property);
    const text = [describe(document, property), ...notes].filter(Boolean).join('; ');
    const row = {
      path,
      type: typeLabel(document, property),
      required: required.has(name),
      description: text,
    };

    // A component that contains itself is listed once, by name.
    const ref = property.$ref ?? property.items?.$ref;
    if (ref && seen.has(ref)) return [row];
    const inner = new Set(seen);
    if (ref) inner.add(ref);
    const resolved = resolve(document, property);
    if (isObject(resolved)) return [row, ...fieldRows(document, resolved, `${path}.`, inner)];
    const items = resolved.type === 'array' ? resolve(document, resolved.items) : undefined;
    if (isObject(items)) return [row, ...fieldRows(document, items, `${path}[].`, inner)];
    return [row];
  });
}
