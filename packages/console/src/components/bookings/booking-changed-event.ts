import type { AdminBooking } from '../../internal/bookings-api.js';

/** Fired when the business confirmed, moved or cancelled a booking; `detail` is it afterwards. */
export class BookingChangedEvent extends CustomEvent<AdminBooking> {
  constructor(booking: AdminBooking) {
    super('bookafy-booking-changed', { detail: booking, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-booking-changed': BookingChangedEvent;
  }
}
