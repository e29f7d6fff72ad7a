import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';

import { currentLocale, switchLocale } from '../i18n/localization.js';
import { CONSOLE_LOCALES, LOCALE_NAMES, type ConsoleLocale } from '../i18n/locales.js';
import { currentSession, signOut, type Me } from '../internal/console-api.js';
import { hashOf, pageFromHash, pagesFor, type ConsolePage } from '../internal/console-route.js';
import { pageTitle } from '../internal/page-titles.js';
import { SESSION_ENDED } from '../internal/session-ended.js';
import { consoleAppStyles } from '../styles/console-app.styles.js';
import { visuallyHiddenStyles } from '../styles/page.styles.js';
import type { SignedInEvent } from './signed-in-event.js';

/** Which form shows while nobody is signed in. */
type SignedOutView = 'sign-in' | 'sign-up' | 'forgot' | 'reset';

/**
 * @summary The owner console: sign-in, sign-up and password reset until someone signs in, then
 * the header (account, language, sign out), the navigation between pages, and the open page.
 * Pages live in the location fragment (`/console/#/services`), so the browser's back button
 * and bookmarks work.
 */
@localized()
export class BookafyConsole extends LitElement {
  static override styles = [visuallyHiddenStyles, consoleAppStyles];

  @state() private me?: Me;
  @state() private checked = false;
  @state() private view: SignedOutView = 'sign-in';
  @state() private resetToken?: string;
  @state() private page: ConsolePage = 'agenda';
  /** Whether the session ended under a signed-in user, who is asked to sign in again. */
  @state() private sessionEnded = false;

  override connectedCallback() {
    super.connectedCallback();
    // A reset or invitation link carries its token in the fragment, which never reaches a server.
    const token = /^#reset=(.+)$/.exec(location.hash)?.[1];
    if (token) {
      this.resetToken = token;
      this.view = 'reset';
      history.replaceState(null, '', location.pathname + location.search);
    }
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener(SESSION_ENDED, this.handleSessionEnded);
    void currentSession().then(
      (me) => {
        this.me = me;
        this.checked = true;
        this.handleHashChange();
      },
      () => (this.checked = true),
    );
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener(SESSION_ENDED, this.handleSessionEnded);
  }

  override updated() {
    document.title = this.me
      ? `${pageTitle(this.page)} · ${this.me.account.name} · Bookafy`
      : msg('Bookafy console', { id: 'shell.documentTitle' });
  }

  private readonly handleHashChange = () => {
    if (!this.me) return;
    const page = pageFromHash(location.hash, this.me.user.role);
    if (page === this.page) return;
    this.page = page;
    void this.focusHeading('main h2, main [data-page-heading]');
  };

  /** Back to sign-in, keeping the page in the fragment for when the user is back. */
  private readonly handleSessionEnded = async () => {
    if (!this.me) return;
    this.me = undefined;
    this.view = 'sign-in';
    this.sessionEnded = true;
    await this.updateComplete;
    this.renderRoot.querySelector('bookafy-console-sign-in')?.focus();
  };

  private async handleSignedIn(event: SignedInEvent) {
    this.sessionEnded = false;
    this.me = event.detail;
    this.page = pageFromHash(location.hash, this.me.user.role);
    await this.focusHeading('h1');
  }

  private async handleShowSignedOut(view: SignedOutView) {
    this.view = view;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('main > :first-child')?.focus();
  }

  private async handleResetDone() {
    this.resetToken = undefined;
    await this.handleShowSignedOut('sign-in');
  }

  private async handleSignOut() {
    await signOut();
    this.me = undefined;
    this.view = 'sign-in';
    await this.updateComplete;
    this.renderRoot.querySelector('bookafy-console-sign-in')?.focus();
  }

  private async handleLanguage(event: Event) {
    await switchLocale((event.target as HTMLSelectElement).value as ConsoleLocale);
  }

  /** Moves focus to the first element matching `selector` once it has rendered. */
  private async focusHeading(selector: string) {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }

  private renderLanguagePicker() {
    const locale = currentLocale();
    return html`<label class="visually-hidden" for="language"
        >${msg('Language', { id: 'shell.language' })}</label
      >
      <select id="language" @change=${this.handleLanguage}>
        ${CONSOLE_LOCALES.map(
          (option) =>
            html`<option value=${option} lang=${option} ?selected=${option === locale}>
              ${LOCALE_NAMES[option]}
            </option>`,
        )}
      </select>`;
  }

  private renderSignedOut() {
    if (this.view === 'forgot' || this.view === 'reset') {
      return html`<main>
        <bookafy-console-password-reset
          .token=${this.view === 'reset' ? this.resetToken : undefined}
          @bookafy-reset-done=${this.handleResetDone}
        ></bookafy-console-password-reset>
      </main>`;
    }
    if (this.view === 'sign-up') {
      return html`<main>
        <bookafy-console-sign-up
          @bookafy-signed-in=${this.handleSignedIn}
        ></bookafy-console-sign-up>
        <p class="signed-out-links">
          <button type="button" @click=${() => this.handleShowSignedOut('sign-in')}>
            ${msg('I already have an account', { id: 'shell.haveAccount' })}
          </button>
        </p>
      </main>`;
    }
    return html`<main>
      ${
        this.sessionEnded
          ? html`<p role="alert" class="session-ended">
              ${msg('Your session has ended. Sign in again to go on where you were.', {
                id: 'shell.sessionEnded',
              })}
            </p>`
          : nothing
      }
      <bookafy-console-sign-in @bookafy-signed-in=${this.handleSignedIn}></bookafy-console-sign-in>
      <p class="signed-out-links">
        <button type="button" @click=${() => this.handleShowSignedOut('forgot')}>
          ${msg('Forgot your password?', { id: 'shell.forgot' })}
        </button>
        <button type="button" @click=${() => this.handleShowSignedOut('sign-up')}>
          ${msg('Create an account', { id: 'shell.signUp' })}
        </button>
      </p>
      <p class="signed-out-links">${this.renderLanguagePicker()}</p>
    </main>`;
  }

  private renderPage(me: Me) {
    switch (this.page) {
      case 'agenda':
        return html`<bookafy-console-agenda
          business-time-zone=${me.account.timeZone}
        ></bookafy-console-agenda>`;
      case 'week':
        return html`<bookafy-console-week .me=${me}></bookafy-console-week>`;
      case 'services':
        return html`<bookafy-console-services .me=${me}></bookafy-console-services>`;
      case 'staff':
        return html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`;
      case 'embed':
        return html`<bookafy-console-embed .me=${me}></bookafy-console-embed>`;
      case 'insight':
        return html`<bookafy-console-insight .me=${me}></bookafy-console-insight>`;
      case 'settings':
        return html`<bookafy-console-settings .me=${me}></bookafy-console-settings>`;
    }
  }

  override render() {
    if (!this.checked) return nothing;
    if (!this.me) return this.renderSignedOut();
    const { account, user } = this.me;
    return html`
      <header>
        <h1 tabindex="-1">${account.name}</h1>
        <span class="user">${user.name}</span>
        ${this.renderLanguagePicker()}
        <button type="button" @click=${this.handleSignOut}>
          ${msg('Sign out', { id: 'shell.signOut' })}
        </button>
      </header>
      <nav aria-label=${msg('Console', { id: 'shell.navigation' })}>
        <ul>
          ${pagesFor(user.role).map(
            (page) =>
              html`<li>
                <a href=${hashOf(page)} aria-current=${page === this.page ? 'page' : 'false'}
                  >${pageTitle(page)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <main>${this.renderPage(this.me)}</main>
    `;
  }
}
