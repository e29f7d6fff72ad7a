/** Fired when the person leaves the password reset forms, with or without a new password. */
export class ResetDoneEvent extends Event {
  constructor() {
    super('bookafy-reset-done', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-reset-done': ResetDoneEvent;
  }
}
