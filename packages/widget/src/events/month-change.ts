/** The visitor moved the calendar to another month (`YYYY-MM`). */
export class BookafyMonthChangeEvent extends Event {
  static readonly eventName = 'bookafy-month-change';
  readonly detail: { month: string };

  constructor(detail: { month: string }) {
    super(BookafyMonthChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-month-change': BookafyMonthChangeEvent;
  }
}
