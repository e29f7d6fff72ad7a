import type { Metadata } from '@bookafy/sdk';

/** The most keys a booking's metadata may hold, as the API allows. */
const MAX_METADATA_KEYS = 20;

/**
 * Reads the `metadata` attribute: a JSON object whose values are strings (numbers and booleans
 * are written as text). Anything else is refused with an error naming the attribute, so a
 * site's mistake shows while it is being built instead of losing data silently.
 *
 * @example
 * parseMetadata('{"crmId":"42","vip":true}'); // { crmId: '42', vip: 'true' }
 */
export function parseMetadata(value: string | null): Metadata | undefined {
  if (value === null || value.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new TypeError('The metadata attribute must be a JSON object, e.g. {"crmId":"42"}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TypeError('The metadata attribute must be a JSON object, e.g. {"crmId":"42"}.');
  }
  const metadata: Metadata = {};
  for (const [key, item] of Object.entries(parsed)) {
    if (!['string', 'number', 'boolean'].includes(typeof item)) {
      throw new TypeError(`The metadata value of "${key}" must be text, a number or a boolean.`);
    }
    metadata[key] = String(item);
  }
  return metadata;
}

/**
 * The `utm_*` parameters of a page address, for sites that let the widget forward them into a
 * booking's metadata (the first ones, up to what metadata may hold).
 *
 * @example
 * utmParameters('https://example.com/?utm_source=news&utm_medium=email&page=2');
 * // { utm_source: 'news', utm_medium: 'email' }
 */
export function utmParameters(pageUrl: string): Metadata {
  const utm: Metadata = {};
  for (const [key, value] of new URL(pageUrl).searchParams) {
    if (!key.startsWith('utm_') || key.length > 40 || !value) continue;
    if (Object.keys(utm).length >= MAX_METADATA_KEYS) break;
    utm[key] = value.slice(0, 500);
  }
  return utm;
}

/**
 * What a booking carries in its metadata: the page's `utm_*` parameters when forwarded, then
 * the site's own metadata, which wins on a shared key. `undefined` when there is none.
 */
export function bookingMetadata(
  metadata: Metadata | undefined,
  forwardUtmFrom: string | undefined,
): Metadata | undefined {
  const merged = { ...(forwardUtmFrom ? utmParameters(forwardUtmFrom) : {}), ...metadata };
  return Object.keys(merged).length ? merged : undefined;
}
