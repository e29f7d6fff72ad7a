/** An HTTP method the API answers. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An operation as the OpenAPI document names it, such as `GET /bookings/{bookingId}`. */
export type Route = `${HttpMethod} /${string}`;

/**
 * Splits `route` into its method and a concrete path, with each `{name}` replaced by its
 * percent-encoded parameter, so that an id can never reach another path.
 */
export function resolveRoute(
  route: Route,
  params: Record<string, string> = {},
): { method: HttpMethod; path: string } {
  const space = route.indexOf(' ');
  const method = route.slice(0, space) as HttpMethod;
  const path = route.slice(space + 1).replaceAll(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`${route} needs the parameter ${name}`);
    return encodeURIComponent(value);
  });
  return { method, path };
}
