import type { Booking } from '@bookafy/sdk';

/** A booking was created; `detail.booking` is what the API stored. */
export class BookafyBookedEvent extends Event {
  static readonly eventName = 'bookafy-booked';
  readonly detail: { booking: Booking };

  constructor(detail: { booking: Booking }) {
    super(BookafyBookedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-booked': BookafyBookedEvent;
  }
}
