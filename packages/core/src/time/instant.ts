/** Milliseconds in one minute. */
export const MINUTE_MS = 60_000;

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

/** Milliseconds in one day of UTC. */
export const DAY_MS = 86_400_000;

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * Formats an instant as the RFC 3339 UTC string the wire carries, without fractional seconds
 * when they are zero.
 *
 * @example
 * toUtcString(Date.UTC(2027, 2, 14, 13)); // '2027-03-14T13:00:00Z'
 */
export function toUtcString(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/**
 * Reads an RFC 3339 UTC string (`Z` suffix required) into epoch milliseconds, or returns
 * `undefined` when the text is not one: offsets other than `Z` are refused so that nothing on
 * the wire is ever read in a host's zone.
 */
export function parseUtcString(text: string): number | undefined {
  if (!UTC_INSTANT.test(text)) return undefined;
  const epochMs = Date.parse(text);
  if (Number.isNaN(epochMs)) return undefined;
  // Date.parse rolls 2027-02-30 over into March; a real date formats back to the same day.
  return new Date(epochMs).toISOString().slice(0, 10) === text.slice(0, 10) ? epochMs : undefined;
}
