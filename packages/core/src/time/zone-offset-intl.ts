const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset of `timeZone` at `epochMs`, in minutes, read with `Intl` alone so that clients
 * need no date library. The engine uses the cached `zoneOffsetMinutes` instead.
 */
export function zoneOffsetMinutesIntl(timeZone: string, epochMs: number): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(epochMs).find((part) => part.type === 'timeZoneName');
  // `GMT`, `GMT+05:45` or `GMT-03:30`.
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name?.value ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
