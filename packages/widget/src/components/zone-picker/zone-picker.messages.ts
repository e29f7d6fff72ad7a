import { defineCatalog } from '../../i18n/catalog.js';

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

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const zonePickerMessages = defineCatalog('zonePicker', {
  label: 'Time zone',
  showZones: 'Show time zones',
  matches: (count, n) =>
    count === 0 ? 'No time zones match' : count === 1 ? '1 time zone' : `${n} time zones`,
  more: (_count, n) => `${n} more, keep typing`,
});
