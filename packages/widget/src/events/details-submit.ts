import type { Answers } from '@bookafy/sdk';

/** What the visitor entered on the details form, trimmed and valid. */
export interface DetailsSubmitDetail {
  name: string;
  email: string;
  /** Present when the form asked for a phone number and the visitor gave one. */
  phone?: string;
  /** By question id: text, or a boolean for checkboxes; empty optional answers are left out. */
  answers: Answers;
}

/** The visitor sent the details form with valid values. */
export class BookafyDetailsSubmitEvent extends Event {
  static readonly eventName = 'bookafy-details-submit';
  readonly detail: DetailsSubmitDetail;

  constructor(detail: DetailsSubmitDetail) {
    super(BookafyDetailsSubmitEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-details-submit': BookafyDetailsSubmitEvent;
  }
}
