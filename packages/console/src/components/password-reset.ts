import { html, LitElement } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { confirmPasswordReset, requestPasswordReset } from '../internal/password-reset-api.js';
import { formCardStyles } from '../styles/form-card.styles.js';
import { ResetDoneEvent } from './reset-done-event.js';

/**
 * @summary Resetting a forgotten password: without a `token`, a form that emails a reset link;
 * with the token from that link, a form that sets the new password.
 *
 * @event bookafy-reset-done - The person is done here and goes back to signing in.
 */
export class BookafyConsolePasswordReset extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = formCardStyles;

  @query('input') private input!: HTMLInputElement;

  @state() private error = '';
  @state() private notice = '';
  @state() private busy = false;

  /** The token of an emailed reset link; unset to ask for a link. */
  @property({ attribute: false }) token?: string;

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.busy = true;
    this.error = '';
    try {
      if (this.token) {
        await confirmPasswordReset(this.token, this.input.value);
        this.notice = 'Your new password is set. Sign in with it.';
      } else {
        await requestPasswordReset(this.input.value);
        this.notice = 'If a login has this email, a link to reset its password is on its way.';
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  private handleBack() {
    this.dispatchEvent(new ResetDoneEvent());
  }

  override render() {
    const choosing = this.token !== undefined;
    return html`
      <h1>${choosing ? 'Choose a new password' : 'Reset your password'}</h1>
      <form @submit=${this.handleSubmit}>
        ${
          choosing
            ? html`<label for="new-password">New password (at least 10 characters)</label>
                <input
                  id="new-password"
                  type="password"
                  autocomplete="new-password"
                  minlength="10"
                  required
                />`
            : html`<label for="email">Email</label>
                <input id="email" type="email" autocomplete="username" required />`
        }
        <p role="alert">${this.error}</p>
        <p role="status">${this.notice}</p>
        <button type="submit" ?disabled=${this.busy || this.notice !== ''}>
          ${choosing ? 'Set password' : 'Email me a link'}
        </button>
        <button type="button" class="secondary" @click=${this.handleBack}>Back to sign in</button>
      </form>
    `;
  }
}
