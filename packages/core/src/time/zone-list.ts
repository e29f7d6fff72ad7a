import { zoneOffsetMinutesIntl } from './zone-offset-intl.js';

/** A zone as a zone picker shows it. */
export interface ZoneChoice {
  /** IANA name, e.g. `America/New_York`. */
  readonly timeZone: string;
  /** Offset from UTC at the given instant, in minutes. */
  readonly offsetMinutes: number;
  /** `GMT-05:00 America/New York`: the offset at that instant, then the readable name. */
  readonly label: string;
}

/**
 * Names the tz database has since replaced, which some runtimes' `Intl` still lists; a picker
 * shows the names people know today.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** `GMT+05:45` for 345 minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `GMT${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * Every zone this runtime knows (plus `UTC`, and under current names such as Asia/Kolkata),
 * with its offset at `now`, sorted west to east and then by name. Offsets are those in force
 * at `now`, so the list changes with DST.
 *
 * @example
 * const zones = listTimeZones(Date.parse('2027-01-15T12:00:00Z'));
 * zones.find((zone) => zone.timeZone === 'Asia/Kathmandu');
 * // { timeZone: 'Asia/Kathmandu', offsetMinutes: 345, label: 'GMT+05:45 Asia/Kathmandu' }
 */
export function listTimeZones(now: number): ZoneChoice[] {
  const listed = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  const names = new Set(listed.map((timeZone) => CURRENT_NAMES[timeZone] ?? timeZone));
  return [...names]
    .map((timeZone) => {
      const offsetMinutes = zoneOffsetMinutesIntl(timeZone, now);
      const label = `${formatOffset(offsetMinutes)} ${timeZone.replaceAll('_', ' ')}`;
      return { timeZone, offsetMinutes, label };
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.timeZone.localeCompare(b.timeZone));
}
