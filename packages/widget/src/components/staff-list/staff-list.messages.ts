import type { Catalog } from '../../i18n/locales.js';

/** The words of `<bookafy-staff-list>`. */
export interface StaffListMessages {
  /** The list's accessible name. */
  staff: string;
  /** The choice that lets the business give the time to whoever is free. */
  anyone: string;
}

/** `<bookafy-staff-list>`'s words in every supported locale. */
export const staffListMessages: Catalog<StaffListMessages> = {
  en: { staff: 'Staff', anyone: 'Anyone available' },
  es: { staff: 'Profesionales', anyone: 'Cualquier profesional disponible' },
  fr: { staff: 'Équipe', anyone: 'Toute personne disponible' },
  de: { staff: 'Team', anyone: 'Beliebige verfügbare Person' },
  'pt-BR': { staff: 'Equipe', anyone: 'Qualquer profissional disponível' },
  ar: { staff: 'فريق العمل', anyone: 'أي شخص متاح' },
};
