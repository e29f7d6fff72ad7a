import type { LocaleModule } from '@lit/localize';
import { str } from '@lit/localize';

/** Spanish texts of the console's insight page, by message id. */
export const templates: LocaleModule['templates'] = {
  'insight.booked': 'Reservas hechas',
  'insight.cancelled': 'Cancelaciones',
  'insight.cancelRate': 'Canceladas, de las reservas hechas',
  'insight.busiest': 'Hora con más reservas',
  'insight.dayChart': 'Reservas y cancelaciones por día',
  'insight.dayRange': str`${0}, por día en ${1}.`,
  'insight.asTable': 'Ver los números en una tabla',
  'insight.day': 'Día',
  'insight.heatTitle': 'Horas con más reservas',
  'insight.heatHint': str`Reservas por día de la semana y hora de inicio, en ${0}.`,
};
