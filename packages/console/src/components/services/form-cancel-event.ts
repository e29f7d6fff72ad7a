/** Fired when the owner leaves a catalog or staff form without saving it. */
export class FormCancelEvent extends Event {
  constructor() {
    super('bookafy-form-cancel', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-form-cancel': FormCancelEvent;
  }
}
