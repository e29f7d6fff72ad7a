/** The visitor sent the details form with valid values. */
export class BookafyDetailsSubmitEvent extends Event {
  static readonly eventName = 'bookafy-details-submit';
  readonly detail: { name: string; email: string };

  constructor(detail: { name: string; email: string }) {
    super(BookafyDetailsSubmitEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-details-submit': BookafyDetailsSubmitEvent;
  }
}
