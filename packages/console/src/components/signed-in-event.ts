import type { Me } from '../internal/console-api.js';

/** Fired when the API accepted a sign-in; `detail` is who signed in. */
export class SignedInEvent extends CustomEvent<Me> {
  constructor(me: Me) {
    super('bookafy-signed-in', { detail: me, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-signed-in': SignedInEvent;
  }
}
