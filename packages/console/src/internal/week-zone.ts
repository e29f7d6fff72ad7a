const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock reading of an instant in one zone. */
export interface WallTime {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** Minutes after that date's local midnight as the clock shows them (0–1439). */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One numeric formatter per zone: creating them is the slow part of zone arithmetic. */
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock of `instant` in `zone`, read as if it were a UTC time (epoch milliseconds). */
function wallAsUtc(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

/** How far `zone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
export function offsetAt(instant: number, zone: string): number {
  // The formatter reads whole seconds, so the instant is cut to its second as well.
  return wallAsUtc(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/** The local date and minute of the day that `instant` shows on clocks in `zone`. */
export function wallTimeOf(instant: number, zone: string): WallTime {
  const wall = new Date(wallAsUtc(instant, zone));
  return {
    date: wall.toISOString().slice(0, 10),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** The date `days` calendar days after the local date `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weekday of a local date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * The instant at which clocks in `zone` show `minutes` after the local midnight of `date`
 * (`minutes` may pass 1440 into the next day). A wall time inside a DST gap moves forward by the
 * gap (02:30 on a spring-forward night is 03:30 of the new offset); an ambiguous one in a DST
 * overlap means its first occurrence.
 */
export function instantAt(date: string, minutes: number, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only ones this wall time can have.
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const matches = [before, after]
    .map((offset) => wall - offset)
    .filter((instant) => wallAsUtc(instant, zone) === wall)
    .sort((a, b) => a - b);
  return matches[0] ?? wall - before;
}
