import type { PublicAccount } from '@bookafy/sdk';

/** The widget loaded its account and shows its first step. */
export class BookafyReadyEvent extends Event {
  static readonly eventName = 'bookafy-ready';
  readonly detail: { account: PublicAccount };

  constructor(detail: { account: PublicAccount }) {
    super(BookafyReadyEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-ready': BookafyReadyEvent;
  }
}
