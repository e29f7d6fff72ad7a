import type { Catalog } from '../../i18n/locales.js';

/** The dialog's strings in every supported locale. */
export const modalMessages: Catalog<{ dialogLabel: string; close: string }> = {
  en: { dialogLabel: 'Book an appointment', close: 'Close' },
  es: { dialogLabel: 'Reservar una cita', close: 'Cerrar' },
  fr: { dialogLabel: 'Prendre rendez-vous', close: 'Fermer' },
  de: { dialogLabel: 'Termin buchen', close: 'Schließen' },
  'pt-BR': { dialogLabel: 'Agendar um horário', close: 'Fechar' },
  ar: { dialogLabel: 'احجز موعدًا', close: 'إغلاق' },
};
