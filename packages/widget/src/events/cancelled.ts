import type { Booking } from '@bookafy/sdk';

/** The visitor cancelled their booking; `detail.booking` is the booking, now cancelled. */
export class BookafyCancelledEvent extends Event {
  static readonly eventName = 'bookafy-cancelled';
  readonly detail: { booking: Booking };

  constructor(detail: { booking: Booking }) {
    super(BookafyCancelledEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-cancelled': BookafyCancelledEvent;
  }
}
