import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { copyToClipboard } from '../../internal/embed-clipboard.js';
import { pageStyles } from '../../styles/page.styles.js';
import { SecretDismissEvent } from './embed-events.js';

/**
 * @summary A key or signing secret shown once: a warning, the value in a read-only field that
 * takes focus and is selected, a Copy button and Done, which fires `bookafy-secret-dismiss`.
 */
@localized()
export class BookafyConsoleSecretReveal extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .reveal {
        margin: 0.75rem 0;
        padding: 0.75rem 1rem;
        background: #fffbeb;
        border: 1px solid #b45309;
        border-radius: 0.375rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      input {
        flex: 1 1 20rem;
        font-family: ui-monospace, monospace;
      }
      p {
        margin: 0 0 0.5rem;
      }
    `,
  ];

  @query('input') private field!: HTMLInputElement;

  @state() private copyMessage = '';

  /** What the value is, such as "New secret key". */
  @property() label = '';

  /** Why it matters to copy it now. */
  @property() warning = '';

  /** The value, shown this once. */
  @property() secret = '';

  override firstUpdated() {
    this.field.focus();
    this.field.select();
  }

  private async handleCopy() {
    const copied = await copyToClipboard(this.secret);
    this.field.select();
    this.copyMessage = copied
      ? msg('Copied.', { id: 'embed.copied' })
      : msg('Copying was refused: press Ctrl+C (⌘C) to copy the selected text.', {
          id: 'embed.copyRefused',
        });
  }

  private handleDone() {
    this.dispatchEvent(new SecretDismissEvent());
  }

  override render() {
    return html`<div class="reveal" role="group" aria-labelledby="label">
      <p id="label"><strong>${this.label}</strong></p>
      <p>${this.warning}</p>
      <div class="row">
        <input
          readonly
          aria-labelledby="label"
          .value=${this.secret}
          @focus=${() => this.field.select()}
        />
        <button type="button" @click=${this.handleCopy}>
          ${msg('Copy', { id: 'embed.copy' })}
        </button>
        <button type="button" @click=${this.handleDone}>
          ${msg('Done', { id: 'embed.done' })}
        </button>
      </div>
      <p role="status">${this.copyMessage}</p>
    </div>`;
  }
}
