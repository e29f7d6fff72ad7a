import { defineCatalog } from '../../i18n/catalog.js';

/** The words of this element. */
export interface ButtonMessages {
  bookNow: string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const buttonMessages = defineCatalog('button', { bookNow: 'Book now' });
