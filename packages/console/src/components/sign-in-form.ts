import { html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';

import { signIn, type Me } from '../internal/console-api.js';
import { formCardStyles } from '../styles/form-card.styles.js';
import { SignedInEvent } from './signed-in-event.js';

/**
 * @summary The console's sign-in form: email and password.
 *
 * @event bookafy-signed-in - The API accepted the credentials; `detail` is the signed-in user.
 */
export class BookafyConsoleSignIn extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = formCardStyles;

  @query('#email') private emailInput!: HTMLInputElement;
  @query('#password') private passwordInput!: HTMLInputElement;

  @state() private error = '';
  @state() private busy = false;

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.busy = true;
    this.error = '';
    try {
      const me: Me = await signIn(this.emailInput.value, this.passwordInput.value);
      this.dispatchEvent(new SignedInEvent(me));
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.passwordInput.select();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <h1>Sign in to Bookafy</h1>
      <form @submit=${this.handleSubmit}>
        <label for="email">Email</label>
        <input id="email" type="email" autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" type="password" autocomplete="current-password" required />
        <p role="alert">${this.error}</p>
        <button type="submit" ?disabled=${this.busy}>Sign in</button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-console-sign-in': BookafyConsoleSignIn;
  }
}
