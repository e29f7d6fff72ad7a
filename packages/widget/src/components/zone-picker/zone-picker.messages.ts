import type { Catalog } from '../../i18n/locales.js';

/** The zone picker's words in one language. */
export interface ZonePickerMessages {
  /** The field's label. */
  readonly label: string;
  /** The name of the button that opens and closes the list. */
  readonly showZones: string;
  /** How many zones match what the visitor typed; `count` is already formatted. */
  readonly matches: (count: number, formatted: string) => string;
  /** Under a list cut short: how many more zones match. */
  readonly more: (count: number, formatted: string) => string;
}

/** The zone picker's words in every supported locale. */
export const zonePickerMessages: Catalog<ZonePickerMessages> = {
  en: {
    label: 'Time zone',
    showZones: 'Show time zones',
    matches: (count, n) =>
      count === 0 ? 'No time zones match' : count === 1 ? '1 time zone' : `${n} time zones`,
    more: (_count, n) => `${n} more, keep typing`,
  },
  es: {
    label: 'Zona horaria',
    showZones: 'Mostrar zonas horarias',
    matches: (count, n) =>
      count === 0
        ? 'Ninguna zona horaria coincide'
        : count === 1
          ? '1 zona horaria'
          : `${n} zonas horarias`,
    more: (_count, n) => `${n} más; sigue escribiendo`,
  },
  fr: {
    label: 'Fuseau horaire',
    showZones: 'Afficher les fuseaux horaires',
    matches: (count, n) =>
      count === 0
        ? 'Aucun fuseau horaire ne correspond'
        : count === 1
          ? '1 fuseau horaire'
          : `${n} fuseaux horaires`,
    more: (count, n) =>
      count === 1 ? 'Encore 1 : précisez votre saisie' : `Encore ${n} : précisez votre saisie`,
  },
  de: {
    label: 'Zeitzone',
    showZones: 'Zeitzonen anzeigen',
    matches: (count, n) =>
      count === 0 ? 'Keine passende Zeitzone' : count === 1 ? '1 Zeitzone' : `${n} Zeitzonen`,
    more: (_count, n) => `${n} weitere – bitte weitertippen`,
  },
  'pt-BR': {
    label: 'Fuso horário',
    showZones: 'Mostrar fusos horários',
    matches: (count, n) =>
      count === 0
        ? 'Nenhum fuso horário encontrado'
        : count === 1
          ? '1 fuso horário'
          : `${n} fusos horários`,
    more: (_count, n) => `Mais ${n}; continue digitando`,
  },
  ar: {
    label: 'المنطقة الزمنية',
    showZones: 'عرض المناطق الزمنية',
    matches: (count, n) => {
      if (count === 0) return 'لا توجد منطقة زمنية مطابقة';
      if (count === 1) return 'منطقة زمنية واحدة';
      if (count === 2) return 'منطقتان زمنيتان';
      const form = new Intl.PluralRules('ar').select(count);
      return form === 'few' ? `${n} مناطق زمنية` : `${n} منطقة زمنية`;
    },
    more: (_count, n) => `${n} أخرى، تابع الكتابة`,
  },
};
