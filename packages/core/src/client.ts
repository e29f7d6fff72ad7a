/**
 * The part of @bookafy/core that clients need to present UTC slots: formatting and grouping in
 * any zone through `Intl`, with no dependency beyond the platform.
 */
export { toUtcString, parseUtcString, MINUTE_MS, HOUR_MS, DAY_MS } from './time/instant.js';
export {
  localDateOf,
  formatTime,
  formatLongDate,
  formatDateTime,
  formatLocalDate,
  formatZoneName,
  formatBesideBusiness,
} from './time/format.js';
export { listTimeZones, formatOffset, type ZoneChoice } from './time/zone-list.js';
export { zoneOffsetMinutesIntl } from './time/zone-offset-intl.js';
export { groupByLocalDate } from './time/group-by-date.js';
export type { LocalDate } from './time/local-date.js';
export {
  localDateToDayNumber,
  dayNumberToLocalDate,
  isoWeekdayOfDayNumber,
} from './time/local-date.js';
export type * from './wire.js';
