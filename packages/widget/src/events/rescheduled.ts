import type { Booking } from '@bookafy/sdk';

/** The visitor moved their booking; `detail.booking` is the booking at its new time. */
export class BookafyRescheduledEvent extends Event {
  static readonly eventName = 'bookafy-rescheduled';
  readonly detail: { booking: Booking };

  constructor(detail: { booking: Booking }) {
    super(BookafyRescheduledEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-rescheduled': BookafyRescheduledEvent;
  }
}
