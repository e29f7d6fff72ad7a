/**
 * @bookafy/core: the availability engine and the time helpers that the API and every client
 * share. Pure functions; the current instant and every zone are passed in.
 */
export * from './client.js';
export { computeSlots, offeredDurations } from './availability/compute-slots.js';
export { findBookableSlot } from './availability/is-bookable.js';
export {
  buildCalendar,
  escapeText,
  foldLine,
  utcDateTime,
  type CalendarEvent,
} from './calendar/ics.js';
export type * from './availability/types.js';
export {
  isValidTimeZone,
  zoneOffsetMinutes,
  wallClockToEpochMs,
  epochMsToWallClock,
  localDayNumber,
  localPeriodRange,
} from './time/zone.js';
