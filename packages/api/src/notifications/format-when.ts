import { formatLongDate, formatTime, formatZoneName } from '@bookafy/core';

/** Messages are written in English for now; see the README's Limitations. */
const LOCALE = 'en-GB';

/**
 * An instant as a message states it, always with its zone named, e.g.
 * 'Monday, 1 March 2027, 10:00 (Central European Standard Time)'. In a DST overlap the zone's
 * name (summer or standard time) tells the two readings of one wall-clock time apart.
 */
export function formatWhen(epochMs: number, timeZone: string): string {
  const date = formatLongDate(epochMs, { locale: LOCALE, timeZone });
  const time = formatTime(epochMs, { locale: LOCALE, timeZone });
  const zone = formatZoneName(epochMs, { locale: LOCALE, timeZone });
  return `${date}, ${time} (${zone})`;
}
