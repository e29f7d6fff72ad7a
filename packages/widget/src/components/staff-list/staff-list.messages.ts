import { defineCatalog } from '../../i18n/catalog.js';

/** The words of `<bookafy-staff-list>`. */
export interface StaffListMessages {
  /** The list's accessible name. */
  staff: string;
  /** The choice that lets the business give the time to whoever is free. */
  anyone: string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const staffListMessages = defineCatalog('staffList', {
  staff: 'Staff',
  anyone: 'Anyone available',
});
