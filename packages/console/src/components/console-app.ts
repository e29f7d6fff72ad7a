import { css, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';

import { currentSession, signOut, type Me } from '../internal/console-api.js';
import type { SignedInEvent } from './signed-in-event.js';

/**
 * @summary The owner console: the sign-in form until someone signs in, then the header with
 * the account's name and a sign-out button above the bookings agenda.
 */
export class BookafyConsole extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    header {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 0.75rem 1.5rem;
      color: #fff;
      background: #1e293b;
    }
    header h1 {
      margin: 0;
      font-size: 1.25rem;
    }
    .user {
      margin-left: auto;
    }
    main {
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem 1.5rem;
    }
    .forgot {
      text-align: center;
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
    }
  `;

  @state() private me?: Me;
  @state() private checked = false;
  /** Which form shows while nobody is signed in. */
  @state() private view: 'sign-in' | 'forgot' | 'reset' = 'sign-in';
  @state() private resetToken?: string;

  override connectedCallback() {
    super.connectedCallback();
    // A reset link carries its token in the fragment, which never reaches a server.
    const token = /^#reset=(.+)$/.exec(location.hash)?.[1];
    if (token) {
      this.resetToken = token;
      this.view = 'reset';
      history.replaceState(null, '', location.pathname + location.search);
    }
    void currentSession().then(
      (me) => {
        this.me = me;
        this.checked = true;
      },
      () => (this.checked = true),
    );
  }

  private async handleSignedIn(event: SignedInEvent) {
    this.me = event.detail;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async handleForgot() {
    this.view = 'forgot';
    await this.updateComplete;
    this.renderRoot.querySelector('bookafy-console-password-reset')?.focus();
  }

  private async handleResetDone() {
    this.view = 'sign-in';
    this.resetToken = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector('bookafy-console-sign-in')?.focus();
  }

  private async handleSignOut() {
    await signOut();
    this.me = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector('bookafy-console-sign-in')?.focus();
  }

  private renderSignedOut() {
    if (this.view !== 'sign-in') {
      return html`<main>
        <bookafy-console-password-reset
          .token=${this.view === 'reset' ? this.resetToken : undefined}
          @bookafy-reset-done=${this.handleResetDone}
        ></bookafy-console-password-reset>
      </main>`;
    }
    return html`<main>
      <bookafy-console-sign-in @bookafy-signed-in=${this.handleSignedIn}></bookafy-console-sign-in>
      <p class="forgot">
        <button type="button" @click=${this.handleForgot}>Forgot your password?</button>
      </p>
    </main>`;
  }

  override render() {
    if (!this.checked) return nothing;
    if (!this.me) return this.renderSignedOut();
    const { account, user } = this.me;
    return html`
      <header>
        <h1 tabindex="-1">${account.name}</h1>
        <span class="user">${user.name}</span>
        <button type="button" @click=${this.handleSignOut}>Sign out</button>
      </header>
      <main>
        <bookafy-console-agenda business-time-zone=${account.timeZone}></bookafy-console-agenda>
      </main>
    `;
  }
}
