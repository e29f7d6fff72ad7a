import { defineCatalog } from '../../i18n/catalog.js';

/** The words of `<bookafy-confirmation>`; the dates and times come from `Intl`. */
export interface ConfirmationMessages {
  heading: string;
  service: string;
  when: string;
  /** The label of the time as the business's clock reads it. */
  forBusiness: (business: string) => string;
  name: string;
  reference: string;
  addToCalendar: string;
  calendarFile: string;
  googleCalendar: string;
  manageBooking: string;
  /** Said after a link that opens in a new tab. */
  newTab: string;
  /** The title of the calendar entry. */
  entryTitle: (service: string, business: string) => string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const confirmationMessages = defineCatalog('confirmation', {
  heading: "You're booked",
  service: 'Service',
  when: 'When',
  forBusiness: (business) => `For ${business}`,
  name: 'Name',
  reference: 'Reference',
  addToCalendar: 'Add to calendar',
  calendarFile: 'Calendar file (.ics)',
  googleCalendar: 'Google Calendar',
  manageBooking: 'Manage booking',
  newTab: '(opens in a new tab)',
  entryTitle: (service, business) => `${service} with ${business}`,
});
