/** A request failed; the widget shows it, and the host page may report it. */
export class BookafyErrorEvent extends Event {
  static readonly eventName = 'bookafy-error';
  readonly detail: { message: string; code: string; requestId: string | undefined };

  constructor(detail: { message: string; code: string; requestId: string | undefined }) {
    super(BookafyErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-error': BookafyErrorEvent;
  }
}
