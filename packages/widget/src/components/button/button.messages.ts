import type { Catalog } from '../../i18n/locales.js';

/** The button's strings in every supported locale. */
export const buttonMessages: Catalog<{ bookNow: string }> = {
  en: { bookNow: 'Book now' },
  es: { bookNow: 'Reservar ahora' },
  fr: { bookNow: 'Réserver' },
  de: { bookNow: 'Jetzt buchen' },
  'pt-BR': { bookNow: 'Agendar agora' },
  ar: { bookNow: 'احجز الآن' },
};
