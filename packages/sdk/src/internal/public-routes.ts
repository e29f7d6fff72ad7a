import type { Route } from './route.js';

/**
 * The operation behind each method of the public client; the client calls the API only
 * through this table, and a test checks it against the API's OpenAPI document.
 */
export const PUBLIC_ROUTES = {
  bootstrap: 'GET /bootstrap',
  listSlots: 'GET /slots',
  createHold: 'POST /holds',
  createBooking: 'POST /bookings',
  getBooking: 'GET /bookings/{bookingId}',
  cancelBooking: 'POST /bookings/{bookingId}/cancel',
  rescheduleBooking: 'POST /bookings/{bookingId}/reschedule',
  listMovableSlots: 'GET /bookings/{bookingId}/slots',
  bookingCalendar: 'GET /bookings/{bookingId}/calendar.ics',
} as const satisfies Record<string, Route>;
