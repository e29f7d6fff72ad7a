import type { LocalDate } from './local-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`: building one costs far more than using it. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * The calendar date an instant falls on in `timeZone`, as `YYYY-MM-DD`. An instant in a
 * repeated hour still has exactly one date, so a slot belongs to the date on which it starts.
 */
export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const parts = formatter('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The time of day of an instant in `timeZone`, written the way `locale` prefers (12 or 24
 * hours). Around a DST change the label shows the wall clock as it reads at that instant, so
 * the two 01:30s of a fall-back night are labelled alike and told apart by their zone name.
 *
 * @example
 * formatTime(Date.UTC(2027, 2, 14, 13), { locale: 'en-US', timeZone: 'America/New_York' });
 * // '9:00 AM'
 */
export function formatTime(
  epochMs: number,
  options: { locale: string; timeZone: string; withZone?: boolean },
): string {
  return formatter(options.locale, {
    timeZone: options.timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(options.withZone ? { timeZoneName: 'short' } : {}),
  }).format(epochMs);
}

/** A long, unambiguous date of an instant in `timeZone`, e.g. 'Sunday, March 14, 2027'. */
export function formatLongDate(epochMs: number, options: { locale: string; timeZone: string }) {
  return formatter(options.locale, {
    timeZone: options.timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(epochMs);
}

/**
 * The long date and the time of an instant in `timeZone`, with the zone named, e.g.
 * 'Monday, March 1, 2027, 9:00 AM EST': the form a confirmation states a booking in.
 */
export function formatDateTime(epochMs: number, options: { locale: string; timeZone: string }) {
  const time = formatTime(epochMs, { ...options, withZone: true });
  return `${formatLongDate(epochMs, options)}, ${time}`;
}

/**
 * A calendar date written out in `locale`, e.g. 'Sunday, March 14, 2027'. The date has no
 * zone, so it is formatted at UTC noon, where no zone's transition can shift it.
 */
export function formatLocalDate(
  date: LocalDate,
  locale: string,
  options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  },
): string {
  return formatter(locale, { ...options, timeZone: 'UTC' }).format(Date.parse(`${date}T12:00:00Z`));
}

/** The zone's name as `locale` writes it for an instant, e.g. 'Central European Standard Time'. */
export function formatZoneName(
  epochMs: number,
  options: { locale: string; timeZone: string; style?: 'long' | 'short' },
): string {
  const parts = formatter(options.locale, {
    timeZone: options.timeZone,
    timeZoneName: options.style ?? 'long',
  }).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? options.timeZone;
}

/**
 * A slot's time for the visitor, and beside it the business's wall clock when the two zones
 * differ at that instant (`undefined` when they read the same), each as `locale` prefers.
 *
 * @example
 * formatBesideBusiness(Date.parse('2027-03-01T14:00:00Z'), {
 *   locale: 'en-US', timeZone: 'America/New_York', businessTimeZone: 'Europe/Berlin',
 * }); // { visitor: '9:00 AM', business: '3:00 PM GMT+1' }
 */
export function formatBesideBusiness(
  epochMs: number,
  options: { locale: string; timeZone: string; businessTimeZone: string | undefined },
): { visitor: string; business: string | undefined } {
  const { locale, timeZone, businessTimeZone } = options;
  const visitor = formatTime(epochMs, { locale, timeZone });
  if (!businessTimeZone || businessTimeZone === timeZone) return { visitor, business: undefined };
  const sameClock =
    formatTime(epochMs, { locale, timeZone: businessTimeZone }) === visitor &&
    localDateOf(epochMs, businessTimeZone) === localDateOf(epochMs, timeZone);
  return {
    visitor,
    business: sameClock
      ? undefined
      : formatTime(epochMs, { locale, timeZone: businessTimeZone, withZone: true }),
  };
}
