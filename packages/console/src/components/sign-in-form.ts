import { localized, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';

import { signIn, type Me } from '../internal/console-api.js';
import { signInRefusal } from '../internal/sign-in-refusal.js';
import { formCardStyles } from '../styles/form-card.styles.js';
import { SignedInEvent } from './signed-in-event.js';

/**
 * @summary The console's sign-in form: email and password.
 *
 * @event bookafy-signed-in - The API accepted the credentials; `detail` is the signed-in user.
 */
@localized()
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
      this.error = signInRefusal(error);
      this.passwordInput.select();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <h1>${msg('Sign in to Bookafy', { id: 'signIn.title' })}</h1>
      <form @submit=${this.handleSubmit}>
        <label for="email">${msg('Email', { id: 'signIn.email' })}</label>
        <input id="email" type="email" autocomplete="username" required />
        <label for="password">${msg('Password', { id: 'signIn.password' })}</label>
        <input id="password" type="password" autocomplete="current-password" required />
        <p role="alert">${this.error}</p>
        <button type="submit" ?disabled=${this.busy}>
          ${msg('Sign in', { id: 'signIn.submit' })}
        </button>
      </form>
    `;
  }
}
