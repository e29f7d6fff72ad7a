import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { createApiKey } from '../../internal/embed-api.js';
import { copyToClipboard } from '../../internal/embed-clipboard.js';
import { refusalText } from '../../internal/refusal-text.js';
import { pageStyles } from '../../styles/page.styles.js';
import { PublishableKeyChangeEvent } from './embed-events.js';

/**
 * @summary The snippet to paste, in a read-only text area with a Copy button, and the hosted
 * booking page's address. Without a readable publishable key it offers to create one instead,
 * and fires `bookafy-publishable-key-change` with the new key.
 */
@localized()
export class BookafyConsoleSnippetBox extends LitElement {
  static override styles = [
    pageStyles,
    css`
      p[role]:empty {
        margin: 0;
      }
      textarea {
        display: block;
        width: 100%;
        margin: 0.25rem 0 0.5rem;
        font-family: ui-monospace, monospace;
        font-size: 0.875rem;
        white-space: pre;
        resize: vertical;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      [role='status'] {
        margin: 0;
      }
    `,
  ];

  @query('textarea') private textarea?: HTMLTextAreaElement;

  @state() private copyMessage = '';
  @state() private error = '';
  @state() private creating = false;

  /** The HTML to paste, or `undefined` while the account has no readable publishable key. */
  @property() snippet?: string;

  /** The address of the account's hosted booking page, when it has one. */
  @property({ attribute: 'hosted-url' }) hostedUrl?: string;

  private async handleCopy() {
    if (this.snippet === undefined) return;
    const copied = await copyToClipboard(this.snippet);
    this.textarea?.select();
    this.copyMessage = copied
      ? msg('Copied.', { id: 'embed.copied' })
      : msg('Copying was refused: press Ctrl+C (⌘C) to copy the selected text.', {
          id: 'embed.copyRefused',
        });
  }

  private async handleCreateKey() {
    this.creating = true;
    this.error = '';
    try {
      const created = await createApiKey('publishable');
      this.dispatchEvent(new PublishableKeyChangeEvent(created.key));
    } catch (error) {
      this.error = refusalText(error);
    } finally {
      this.creating = false;
    }
  }

  private renderSnippet(snippet: string) {
    return html`<label for="snippet"
        >${msg('Paste this into your page', { id: 'embed.paste' })}</label
      >
      <textarea
        id="snippet"
        readonly
        spellcheck="false"
        rows=${snippet.split('\n').length + 1}
        .value=${snippet}
        @focus=${() => this.textarea?.select()}
      ></textarea>
      <div class="row">
        <button type="button" class="primary" @click=${this.handleCopy}>
          ${msg('Copy', { id: 'embed.copy' })}
        </button>
        <p role="status">${this.copyMessage}</p>
      </div>`;
  }

  private renderNoKey() {
    return html`<p>
        ${msg('The snippet needs a publishable key, and this account has none that can be shown.', {
          id: 'embed.noKey',
        })}
      </p>
      <button
        type="button"
        class="primary"
        ?disabled=${this.creating}
        @click=${this.handleCreateKey}
      >
        ${msg('Create a publishable key', { id: 'embed.createKey' })}
      </button>
      <p role="alert">${this.error}</p>`;
  }

  override render() {
    return html`${this.snippet === undefined ? this.renderNoKey() : this.renderSnippet(this.snippet)}
    ${
      this.hostedUrl
        ? html`<p>
            ${msg('Hosted booking page:', { id: 'embed.hostedPage' })}
            <a href=${this.hostedUrl} target="_blank" rel="noopener">${this.hostedUrl}</a>
          </p>`
        : nothing
    }`;
  }
}
