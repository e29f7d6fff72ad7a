import type { LocalDate } from '@bookafy/sdk';

/** The visitor chose a day in the calendar. */
export class BookafyDateSelectEvent extends Event {
  static readonly eventName = 'bookafy-date-select';
  readonly detail: { date: LocalDate };

  constructor(detail: { date: LocalDate }) {
    super(BookafyDateSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-date-select': BookafyDateSelectEvent;
  }
}
