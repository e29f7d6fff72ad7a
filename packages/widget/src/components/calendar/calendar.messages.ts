import type { Catalog } from '../../i18n/locales.js';

/** The words of `<bookafy-calendar>`; dates, weekdays and month names come from `Intl`. */
export interface CalendarMessages {
  previousMonth: string;
  nextMonth: string;
  /** A day's accessible name when it has no free times, after its full date. */
  dayWithoutTimes: (date: string) => string;
}

/** `<bookafy-calendar>`'s words in every supported locale. */
export const calendarMessages: Catalog<CalendarMessages> = {
  en: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    dayWithoutTimes: (date) => `${date}, no free times`,
  },
  es: {
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes siguiente',
    dayWithoutTimes: (date) => `${date}, sin horarios disponibles`,
  },
  fr: {
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    dayWithoutTimes: (date) => `${date}, aucun créneau disponible`,
  },
  de: {
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    dayWithoutTimes: (date) => `${date}, keine freien Termine`,
  },
  'pt-BR': {
    previousMonth: 'Mês anterior',
    nextMonth: 'Próximo mês',
    dayWithoutTimes: (date) => `${date}, sem horários disponíveis`,
  },
  ar: {
    previousMonth: 'الشهر السابق',
    nextMonth: 'الشهر التالي',
    dayWithoutTimes: (date) => `${date}، لا توجد أوقات متاحة`,
  },
};
