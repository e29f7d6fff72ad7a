// scheme://host[:port], optionally with one trailing slash; nothing else may follow the host.
const ORIGIN_SHAPE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\]+\/?$/i;

/**
 * The serialised origin of `text` (`https://shop.example`), as browsers send it in `Origin`, or
 * `undefined` when `text` is not a bare http(s) origin. Scheme and host are lower-cased, a
 * default port is dropped and an international domain name becomes its punycode form, so that
 * comparing with a request's `Origin` header is an exact string match.
 */
export function normalizeOrigin(text: string): string | undefined {
  if (!ORIGIN_SHAPE.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.origin;
}
