/** The visitor chose a service. */
export class BookafyServiceSelectEvent extends Event {
  static readonly eventName = 'bookafy-service-select';
  readonly detail: { serviceId: string };

  constructor(detail: { serviceId: string }) {
    super(BookafyServiceSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-service-select': BookafyServiceSelectEvent;
  }
}
