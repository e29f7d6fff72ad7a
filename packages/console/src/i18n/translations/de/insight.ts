import type { LocaleModule } from '@lit/localize';
import { str } from '@lit/localize';

/** German texts of the console's insight page, by message id. */
export const templates: LocaleModule['templates'] = {
  'insight.booked': 'Gebuchte Termine',
  'insight.cancelled': 'Stornierungen',
  'insight.cancelRate': 'Storniert, von den gebuchten Terminen',
  'insight.busiest': 'Gefragteste Stunde',
  'insight.dayChart': 'Buchungen und Stornierungen pro Tag',
  'insight.dayRange': str`${0}, nach Tagen in ${1}.`,
  'insight.asTable': 'Zahlen als Tabelle zeigen',
  'insight.day': 'Tag',
  'insight.heatTitle': 'Gefragteste Stunden',
  'insight.heatHint': str`Buchungen nach Wochentag und Anfangsstunde, in ${0}.`,
};
