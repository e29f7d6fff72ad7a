import type { Catalog } from '../../i18n/locales.js';

/** The words of `<bookafy-service-list>`; durations are written by `Intl.NumberFormat`. */
export interface ServiceListMessages {
  /** The list's accessible name. */
  services: string;
}

/** `<bookafy-service-list>`'s words in every supported locale. */
export const serviceListMessages: Catalog<ServiceListMessages> = {
  en: { services: 'Services' },
  es: { services: 'Servicios' },
  fr: { services: 'Prestations' },
  de: { services: 'Leistungen' },
  'pt-BR': { services: 'Serviços' },
  ar: { services: 'الخدمات' },
};
