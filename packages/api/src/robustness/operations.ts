import fc from 'fast-check';

import { resolver, validValue, type Hints, type JsonSchema } from './schema-arbitrary.js';

/** One operation of the OpenAPI document, as the request generators need it. */
export interface Operation {
  method: string;
  /** The templated path below `/v1`, such as `/admin/staff/{staffId}`. */
  path: string;
  parameters: { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }[];
  body?: { schema: JsonSchema; required: boolean };
  /** The names of the security schemes, any one of which authorises the call. */
  security: string[];
}

/** A request as sent to the Worker: everything but the host. */
export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
}

/** The OpenAPI document, reduced to what the generators read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)
        ?.content?.['application/json'] as { schema: JsonSchema } | undefined;
      const security = (operation.security ?? []) as Record<string, unknown>[];
      return {
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? []) as Operation['parameters'],
        body: content && {
          schema: content.schema,
          required: (operation.requestBody as { required?: boolean }).required ?? false,
        },
        security: security.flatMap((scheme) => Object.keys(scheme)),
      };
    }),
  );
}

/** The credentials of the test account that each security scheme is satisfied with. */
export interface Credentials {
  publishableKey: string;
  secretKey: string;
  manageToken: string;
  operatorSecret: string;
}

/** The headers and query that authorise `operation` with the first scheme it lists. */
export function authorise(operation: Operation, credentials: Credentials): Partial<ApiRequest> {
  const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
  switch (operation.security[0]) {
    case 'publishableKey':
      return bearer(credentials.publishableKey);
    case 'secretKey':
      return bearer(credentials.secretKey);
    case 'operatorSecret':
      return bearer(credentials.operatorSecret);
    case 'manageToken':
      return { headers: { 'Bookafy-Manage-Token': credentials.manageToken } };
    default:
      return {};
  }
}

/** A value marking a property that valid requests leave out (a cursor only the server mints). */
export const OMIT = Symbol('omit');

const orderedPairs = [
  ['start', 'end'],
  ['from', 'to'],
] as const;

function nextDay(instant: string): string {
  return new Date(Date.parse(instant) + 86_400_000).toISOString().replace('.000Z', 'Z');
}

/** Keeps range parameters in order, as the server documents for every range. */
function ordered(values: Record<string, unknown>): Record<string, unknown> {
  const result = { ...values };
  for (const [low, high] of orderedPairs) {
    const [a, b] = [result[low], result[high]];
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    if (a > b) [result[low], result[high]] = [b, a];
    if (a === b && a.includes('T')) result[high] = nextDay(a);
  }
  return result;
}

function withoutOmitted(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== OMIT));
}

/**
 * An arbitrary of requests the document calls valid for `operation`, authorised with
 * `credentials`; `hints` give the values of properties with meaning beyond their schema.
 */
export function validRequest(
  operation: Operation,
  schemas: Record<string, JsonSchema>,
  credentials: Credentials,
  hints: Hints,
): fc.Arbitrary<ApiRequest> {
  const resolve = resolver(schemas);
  const parameter = (inside: 'path' | 'query') =>
    validValue(
      {
        type: 'object',
        properties: Object.fromEntries(
          operation.parameters.filter((p) => p.in === inside).map((p) => [p.name, p.schema]),
        ),
        required: operation.parameters
          .filter((p) => p.in === inside && p.required)
          .map((p) => p.name),
      },
      resolve,
      hints,
    ) as fc.Arbitrary<Record<string, unknown>>;
  const body = operation.body
    ? validValue(operation.body.schema, resolve, hints).map((value) =>
        typeof value === 'object' && value !== null
          ? ordered(withoutOmitted(value as Record<string, unknown>))
          : value,
      )
    : fc.constant(undefined);
  const auth = authorise(operation, credentials);

  return fc.tuple(parameter('path'), parameter('query'), body).map(([path, query, json]) => ({
    method: operation.method,
    path: operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(path[name])),
    ),
    query: Object.fromEntries(
      Object.entries(ordered(withoutOmitted(query))).map(([name, value]) => [name, String(value)]),
    ),
    headers: {
      ...auth.headers,
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  }));
}
