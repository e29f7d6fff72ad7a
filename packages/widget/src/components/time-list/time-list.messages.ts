import { defineCatalog } from '../../i18n/catalog.js';

/** The words of `<bookafy-time-list>`; the times and dates themselves come from `Intl`. */
export interface TimeListMessages {
  /** The list's name when no heading is given. */
  freeTimes: string;
  noFreeTimes: string;
  /**
   * A time's accessible name: the visible text first (WCAG 2.5.3), then the business's
   * time when it is shown, then the full date.
   */
  timeLabel: (parts: { time: string; business: string | undefined; date: string }) => string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const timeListMessages = defineCatalog('timeList', {
  freeTimes: 'Free times',
  noFreeTimes: 'No free times on this day.',
  timeLabel: ({ time, business, date }) =>
    business ? `${time} ${business} for the business, ${date}` : `${time}, ${date}`,
});
