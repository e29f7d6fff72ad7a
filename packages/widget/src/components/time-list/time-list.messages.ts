import type { Catalog } from '../../i18n/locales.js';

/** The words of `<bookafy-time-list>`; the times and dates themselves come from `Intl`. */
export interface TimeListMessages {
  /** The list's name when no heading is given. */
  freeTimes: string;
  noFreeTimes: string;
  /**
   * A time's accessible name: the visible text first (WCAG 2.5.3), then the business's
   * time when it is shown, then the full date.
   */
  timeLabel: (parts: { time: string; business: string | undefined; date: string }) => string;
}

/** `<bookafy-time-list>`'s words in every supported locale. */
export const timeListMessages: Catalog<TimeListMessages> = {
  en: {
    freeTimes: 'Free times',
    noFreeTimes: 'No free times on this day.',
    timeLabel: ({ time, business, date }) =>
      business ? `${time} ${business} for the business, ${date}` : `${time}, ${date}`,
  },
  es: {
    freeTimes: 'Horarios disponibles',
    noFreeTimes: 'No hay horarios disponibles este día.',
    timeLabel: ({ time, business, date }) =>
      business ? `${time} ${business} en el negocio, ${date}` : `${time}, ${date}`,
  },
  fr: {
    freeTimes: 'Créneaux disponibles',
    noFreeTimes: 'Aucun créneau disponible ce jour-là.',
    timeLabel: ({ time, business, date }) =>
      business ? `${time} ${business} chez le prestataire, ${date}` : `${time}, ${date}`,
  },
  de: {
    freeTimes: 'Freie Termine',
    noFreeTimes: 'An diesem Tag sind keine Termine frei.',
    timeLabel: ({ time, business, date }) =>
      business ? `${time} ${business} beim Anbieter, ${date}` : `${time}, ${date}`,
  },
  'pt-BR': {
    freeTimes: 'Horários disponíveis',
    noFreeTimes: 'Não há horários disponíveis neste dia.',
    timeLabel: ({ time, business, date }) =>
      business ? `${time} ${business} no estabelecimento, ${date}` : `${time}, ${date}`,
  },
  ar: {
    freeTimes: 'الأوقات المتاحة',
    noFreeTimes: 'لا توجد أوقات متاحة في هذا اليوم.',
    timeLabel: ({ time, business, date }) =>
      business ? `${time} ${business} بتوقيت المنشأة، ${date}` : `${time}، ${date}`,
  },
};
