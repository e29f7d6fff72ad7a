import { defineCatalog } from '../../i18n/catalog.js';

/** The words of `<bookafy-service-list>`; durations are written by `Intl.NumberFormat`. */
export interface ServiceListMessages {
  /** The list's accessible name. */
  services: string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const serviceListMessages = defineCatalog('serviceList', { services: 'Services' });
