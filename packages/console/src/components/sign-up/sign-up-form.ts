import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';

import { ConsoleApiError, signUp } from '../../internal/console-api.js';
import { formCardStyles } from '../../styles/form-card.styles.js';
import { SignedInEvent } from '../signed-in-event.js';

/** Why a sign-up failed, in the viewer's language where the API's code is known. */
function signUpRefusal(error: unknown): string {
  if (!(error instanceof ConsoleApiError)) return String(error);
  if (error.code === 'email_taken') {
    return msg('A login with this email exists already. Sign in instead.', {
      id: 'signUp.emailTaken',
    });
  }
  if (error.status === 429) {
    return msg('Too many sign-ups from here. Try again in a minute.', { id: 'signUp.tooMany' });
  }
  return error.message;
}

/**
 * @summary Creating a business: its name and time zone, and the owner's name, email and
 * password. The new account starts on the free plan, signed in.
 *
 * @event bookafy-signed-in - The account exists and its owner is signed in; `detail` is who.
 */
@localized()
export class BookafyConsoleSignUp extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    formCardStyles,
    css`
      select {
        display: block;
        box-sizing: border-box;
        width: 100%;
        margin-top: 0.25rem;
        padding: 0.5rem;
        font: inherit;
      }
    `,
  ];

  /** Every zone the browser knows, for the business's own. */
  private readonly zones = Intl.supportedValuesOf('timeZone');

  @query('form') private form!: HTMLFormElement;

  @state() private error = '';
  @state() private busy = false;

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const field = (name: string) => String(new FormData(this.form).get(name) ?? '');
    this.busy = true;
    this.error = '';
    try {
      const me = await signUp({
        businessName: field('businessName'),
        timeZone: field('timeZone'),
        name: field('name'),
        email: field('email'),
        password: field('password'),
      });
      this.dispatchEvent(new SignedInEvent(me));
    } catch (error) {
      this.error = signUpRefusal(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return html`
      <h1>${msg('Create your booking page', { id: 'signUp.title' })}</h1>
      <form @submit=${this.handleSubmit}>
        <label for="business-name">${msg('Business name', { id: 'signUp.businessName' })}</label>
        <input id="business-name" name="businessName" autocomplete="organization" required />
        <label for="time-zone">${msg("The business's time zone", { id: 'signUp.timeZone' })}</label>
        <select id="time-zone" name="timeZone" required>
          ${this.zones.map(
            (zone) =>
              html`<option value=${zone} ?selected=${zone === browserZone}>${zone}</option>`,
          )}
        </select>
        <label for="name">${msg('Your name', { id: 'signUp.name' })}</label>
        <input id="name" name="name" autocomplete="name" required />
        <label for="email">${msg('Email', { id: 'signIn.email' })}</label>
        <input id="email" name="email" type="email" autocomplete="username" required />
        <label for="password"
          >${msg('Password (at least 10 characters)', { id: 'signUp.password' })}</label
        >
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="10"
          required
        />
        <p role="alert">${this.error}</p>
        <button type="submit" ?disabled=${this.busy}>
          ${msg('Create account', { id: 'signUp.submit' })}
        </button>
      </form>
    `;
  }
}
