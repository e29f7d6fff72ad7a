import fc from 'fast-check';

import type { ApiRequest, Credentials, Operation } from './operations.js';

/** Strings that are not instants the API accepts: impossible dates, offsets, other shapes. */
export const BAD_INSTANTS = [
  '2027-02-30T10:00:00Z',
  '2027-03-01T10:00:00+01:00',
  '2027-03-01',
  '2027-03-01T24:00:00Z',
  '2027-13-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2027-03-01T10:00:00.1234567890Z',
  'yesterday',
  '',
  '1e10',
];

/** Path segments and query values that are no id of the API. */
export const BAD_IDS = [
  '..',
  '%2e%2e',
  'svc_',
  `bkg_${'a'.repeat(65)}`,
  'BKG_ABC',
  'stf_ä',
  '%00',
  '😀',
  "x'; DROP TABLE bookings;--",
  'x'.repeat(5000),
];

const HUGE = 'ꙮ'.repeat(20_000);

/** Values of the wrong type or shape for any field. */
const wrongValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, [], {}, [1, 2], { nested: { deep: 1 } }),
  fc.constantFrom(...BAD_INSTANTS, ...BAD_IDS, HUGE, '\u0000', '\ud800', '<script>x</script>'),
  fc.string(),
  fc.integer(),
);

const BAD_BODIES = [
  '{',
  '{"serviceId":',
  'null',
  '[]',
  '"text"',
  '1e999',
  '\u0000',
  '{"__proto__":{"polluted":true}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"name":"${'x'.repeat(200_000)}"}`,
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  '',
];

type Mutation = (request: ApiRequest) => fc.Arbitrary<ApiRequest>;

function bodyObject(request: ApiRequest): Record<string, unknown> | undefined {
  if (request.body === undefined) return undefined;
  const parsed: unknown = JSON.parse(request.body);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : undefined;
}

const withBody = (request: ApiRequest, body: unknown): ApiRequest => ({
  ...request,
  headers: { ...request.headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** Every way a request is spoilt, given the other methods its path does not serve. */
function mutations(
  operation: Operation,
  otherMethods: string[],
  credentials: Credentials,
): Mutation[] {
  const anyKey = [
    `Bearer ${credentials.publishableKey}`,
    `Bearer ${credentials.secretKey}`,
    `Bearer ${credentials.manageToken}`,
    'Bearer pk_test_doesnotexist',
    `Bearer sk_${'x'.repeat(4000)}`,
    'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
    'Bearer',
  ];
  return [
    (request) => {
      const headers = { ...request.headers };
      delete headers.Authorization;
      delete headers['Bookafy-Manage-Token'];
      return fc.constant({ ...request, headers });
    },
    (request) =>
      fc.constantFrom(...anyKey, ...BAD_IDS).map((authorization) => {
        const headers: Record<string, string> = {
          ...request.headers,
          Authorization: authorization,
        };
        if (headers['Bookafy-Manage-Token']) headers['Bookafy-Manage-Token'] = authorization;
        return { ...request, headers };
      }),
    (request) =>
      otherMethods.length === 0
        ? fc.constant(request)
        : fc.constantFrom(...otherMethods).map((method) => ({
            ...request,
            method,
            body: method === 'GET' || method === 'HEAD' ? undefined : request.body,
          })),
    (request) =>
      operation.method === 'GET'
        ? fc.constant(request)
        : fc.constantFrom(...BAD_BODIES).map((body) => ({
            ...request,
            headers: { ...request.headers, 'Content-Type': 'application/json' },
            body,
          })),
    (request) =>
      fc.constantFrom(...CONTENT_TYPES).map((type) => ({
        ...request,
        headers: { ...request.headers, 'Content-Type': type },
        body: request.body ?? (operation.method === 'GET' ? undefined : 'a=1'),
      })),
    (request) => {
      const body = bodyObject(request);
      const keys = Object.keys(body ?? {});
      if (!body || keys.length === 0) return fc.constant(request);
      return fc
        .tuple(fc.constantFrom(...keys), wrongValue, fc.boolean())
        .map(([key, value, drop]) => {
          const kept = Object.entries(body).filter(([name]) => !drop || name !== key);
          return withBody(request, drop ? Object.fromEntries(kept) : { ...body, [key]: value });
        });
    },
    (request) => {
      const body = bodyObject(request);
      if (!body) return fc.constant(request);
      return fc
        .tuple(fc.constantFrom('extra', 'id', 'accountId', 'status', '__proto__'), wrongValue)
        .map(([key, value]) => withBody(request, { ...body, [key]: value }));
    },
    (request) => {
      const segments = request.path.split('/');
      const variable = operation.path
        .split('/')
        .flatMap((segment, index) => (segment.startsWith('{') ? [index] : []));
      if (variable.length === 0) return fc.constant(request);
      return fc.tuple(fc.constantFrom(...variable), fc.constantFrom(...BAD_IDS)).map(([i, id]) => ({
        ...request,
        path: segments
          .map((segment, index) => (index === i ? encodeURIComponent(id) : segment))
          .join('/'),
      }));
    },
    (request) => {
      const names = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      if (names.length === 0) return fc.constant(request);
      const values = fc.oneof(
        fc.constantFrom(...BAD_INSTANTS, ...BAD_IDS, '-1', 'NaN', '1e309', '0x10', 'true'),
        fc.string(),
      );
      return fc
        .tuple(fc.constantFrom(...names), values, fc.boolean())
        .map(([name, value, drop]) => {
          const kept = Object.entries(request.query).filter(([other]) => !drop || other !== name);
          return {
            ...request,
            query: drop ? Object.fromEntries(kept) : { ...request.query, [name]: value },
          };
        });
    },
  ];
}

/**
 * An arbitrary of requests spoilt in one way each (auth, method, body, content type, a field,
 * a path or query parameter), derived from valid requests of `operation`.
 */
export function invalidRequest(
  operation: Operation,
  valid: fc.Arbitrary<ApiRequest>,
  otherMethods: string[],
  credentials: Credentials,
): fc.Arbitrary<ApiRequest> {
  const all = mutations(operation, otherMethods, credentials);
  return fc
    .tuple(valid, fc.integer({ min: 0, max: all.length - 1 }))
    .chain(([request, which]) => all[which]!(request));
}
