import { localized, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { ConsoleApiError } from '../internal/console-api.js';
import { confirmPasswordReset, requestPasswordReset } from '../internal/password-reset-api.js';
import { refusalText } from '../internal/refusal-text.js';
import { formCardStyles } from '../styles/form-card.styles.js';
import { ResetDoneEvent } from './reset-done-event.js';

/**
 * @summary Resetting a forgotten password: without a `token`, a form that emails a reset link;
 * with the token from that link, a form that sets the new password.
 *
 * @event bookafy-reset-done - The person is done here and goes back to signing in.
 */
@localized()
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
        this.notice = msg('Your new password is set. Sign in with it.', { id: 'reset.done' });
      } else {
        await requestPasswordReset(this.input.value);
        this.notice = msg(
          'If a login has this email, a link to reset its password is on its way.',
          {
            id: 'reset.sent',
          },
        );
      }
    } catch (error) {
      this.error =
        this.token && error instanceof ConsoleApiError && error.code === 'not_found'
          ? msg('This link is no longer valid. Go back to sign in and ask for a new one.', {
              id: 'reset.linkInvalid',
            })
          : refusalText(error);
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
      <h1>
        ${
          choosing
            ? msg('Choose a new password', { id: 'reset.chooseTitle' })
            : msg('Reset your password', { id: 'reset.title' })
        }
      </h1>
      <form @submit=${this.handleSubmit}>
        ${
          choosing
            ? html`<label for="new-password"
                  >${msg('New password (at least 10 characters)', { id: 'reset.newPassword' })}</label
                >
                <input
                  id="new-password"
                  type="password"
                  autocomplete="new-password"
                  minlength="10"
                  required
                />`
            : html`<label for="email">${msg('Email', { id: 'signIn.email' })}</label>
                <input id="email" type="email" autocomplete="username" required />`
        }
        <p role="alert">${this.error}</p>
        <p role="status">${this.notice}</p>
        <button type="submit" ?disabled=${this.busy || this.notice !== ''}>
          ${
            choosing
              ? msg('Set password', { id: 'reset.setPassword' })
              : msg('Email me a link', { id: 'reset.emailLink' })
          }
        </button>
        <button type="button" class="secondary" @click=${this.handleBack}>
          ${msg('Back to sign in', { id: 'reset.back' })}
        </button>
      </form>
    `;
  }
}
