import { defineCatalog } from '../../i18n/catalog.js';

/** The words of `<bookafy-calendar>`; dates, weekdays and month names come from `Intl`. */
export interface CalendarMessages {
  previousMonth: string;
  nextMonth: string;
  /** A day's accessible name when it has no free times, after its full date. */
  dayWithoutTimes: (date: string) => string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const calendarMessages = defineCatalog('calendar', {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  dayWithoutTimes: (date) => `${date}, no free times`,
});
