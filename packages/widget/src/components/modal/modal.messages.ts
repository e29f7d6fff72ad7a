import { defineCatalog } from '../../i18n/catalog.js';

/** The words of this element. */
export interface ModalMessages {
  dialogLabel: string;
  close: string;
}

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const modalMessages = defineCatalog('modal', {
  dialogLabel: 'Book an appointment',
  close: 'Close',
});
