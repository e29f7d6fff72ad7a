/** Why a text is not an origin the account can allow, for a message in the viewer's language. */
export type OriginProblem =
  'empty' | 'missing-scheme' | 'scheme' | 'path' | 'credentials' | 'invalid' | 'duplicate';

/** The origin as browsers send it in `Origin`, or why the text is refused. */
export type OriginCheck = { origin: string } | { problem: OriginProblem };

/**
 * Reads what an owner typed as an allowed origin: `https://host[:port]` (or `http://` for a
 * site on their own machine), nothing after the host but one optional `/`. The answer is
 * normalised as the API stores it (lower case, default port dropped, international names in
 * punycode), so that `https://Shop.example:443/` and `https://shop.example` are one origin.
 *
 * @example
 * checkOrigin('https://shop.example/booking', []) // { problem: 'path' }
 */
export function checkOrigin(text: string, allowed: readonly string[]): OriginCheck {
  const value = text.trim();
  if (value === '') return { problem: 'empty' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (!scheme) return { problem: 'missing-scheme' };
  if (!['http', 'https'].includes(scheme[1]!.toLowerCase())) return { problem: 'scheme' };

  const rest = value.slice(scheme[0].length);
  const authority = /^[^/?#]*/.exec(rest)![0];
  if (authority.includes('@')) return { problem: 'credentials' };
  if (rest.slice(authority.length) !== '' && rest.slice(authority.length) !== '/') {
    return { problem: 'path' };
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'invalid' };
  }
  const oddHost = url.hostname === '' || /[\s\\%]/.test(authority) || url.hostname.includes('%');
  if (oddHost) return { problem: 'invalid' };
  if (allowed.includes(url.origin)) return { problem: 'duplicate' };
  return { origin: url.origin };
}
