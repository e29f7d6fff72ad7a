import { HttpError } from '@bookafy/sdk';

/** A request failed; the widget shows it, and the host page may report it. */
export class BookafyErrorEvent extends Event {
  static readonly eventName = 'bookafy-error';

  /** The event for a failed SDK call: its code and request id when the API answered. */
  static fromFailure(error: unknown): BookafyErrorEvent {
    const httpError = error instanceof HttpError ? error : undefined;
    return new BookafyErrorEvent({
      message: error instanceof Error ? error.message : String(error),
      code: httpError?.code ?? 'network_error',
      requestId: httpError?.requestId,
    });
  }

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
