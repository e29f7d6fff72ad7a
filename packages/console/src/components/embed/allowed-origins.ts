import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';

import { readAccount, saveAllowedOrigins } from '../../internal/embed-api.js';
import { checkOrigin, type OriginProblem } from '../../internal/embed-origin.js';
import { refusalText } from '../../internal/refusal-text.js';
import { pageStyles } from '../../styles/page.styles.js';

/** Why an origin is refused, in the viewer's language. */
function problemText(problem: OriginProblem): string {
  switch (problem) {
    case 'empty':
      return msg('Enter an origin, such as https://shop.example.', { id: 'embed.origin.empty' });
    case 'missing-scheme':
      return msg('Start with https:// (or http:// for a site on your own computer).', {
        id: 'embed.origin.missingScheme',
      });
    case 'scheme':
      return msg('Only https:// and http:// origins can be allowed.', {
        id: 'embed.origin.scheme',
      });
    case 'path':
      return msg(
        'An origin ends after the host and port: leave out the path, such as /booking, and anything after it.',
        { id: 'embed.origin.path' },
      );
    case 'credentials':
      return msg('An origin has no user name or password.', { id: 'embed.origin.credentials' });
    case 'invalid':
      return msg('This is not a valid web address.', { id: 'embed.origin.invalid' });
    case 'duplicate':
      return msg('This origin is already allowed.', { id: 'embed.origin.duplicate' });
  }
}

/**
 * @summary The origins whose pages may use the account's publishable keys: listed with a
 * Remove button each, and a field to add one, checked as `https://host[:port]` with the reason
 * shown when a value is refused.
 */
@localized()
export class BookafyConsoleAllowedOrigins extends LitElement {
  static override styles = [
    pageStyles,
    css`
      h3 {
        margin-top: 0;
      }
      p[role]:empty {
        margin: 0;
      }
      ul {
        margin: 0 0 0.75rem;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.375rem 0;
        border-bottom: 1px solid #e5e7eb;
      }
      code {
        overflow-wrap: anywhere;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .field {
        display: grid;
        flex: 1 1 18rem;
        gap: 0.25rem;
      }
    `,
  ];

  @query('#origin') private input!: HTMLInputElement;

  @state() private origins?: string[];
  @state() private problem = '';
  @state() private message = '';
  @state() private saving = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the account's allowed origins again. */
  async load(): Promise<void> {
    try {
      this.origins = (await readAccount()).allowedOrigins;
    } catch (error) {
      this.problem = refusalText(error);
    }
  }

  private async save(origins: string[], done: string): Promise<boolean> {
    this.saving = true;
    try {
      this.origins = (await saveAllowedOrigins(origins)).allowedOrigins;
      this.problem = '';
      this.message = done;
      return true;
    } catch (error) {
      this.problem = refusalText(error);
      this.message = '';
      return false;
    } finally {
      this.saving = false;
    }
  }

  private async handleAdd(event: SubmitEvent) {
    event.preventDefault();
    const check = checkOrigin(this.input.value, this.origins ?? []);
    if ('problem' in check) {
      this.problem = problemText(check.problem);
      this.message = '';
      this.input.focus();
      return;
    }
    const added = msg(str`${check.origin} is allowed.`, { id: 'embed.origin.added' });
    if (await this.save([...(this.origins ?? []), check.origin], added)) this.input.value = '';
    this.input.focus();
  }

  private async handleRemove(origin: string) {
    const removed = msg(str`${origin} is no longer allowed.`, { id: 'embed.origin.removed' });
    await this.save(
      (this.origins ?? []).filter((item) => item !== origin),
      removed,
    );
    this.input.focus();
  }

  private renderList(origins: string[]) {
    if (origins.length === 0) {
      return html`<p>
        ${msg('No origin is allowed yet: the widget works only on this server’s own pages.', {
          id: 'embed.origin.none',
        })}
      </p>`;
    }
    return html`<ul aria-label=${msg('Allowed origins', { id: 'embed.origins.title' })}>
      ${origins.map(
        (origin) =>
          html`<li>
            <code>${origin}</code>
            <button
              type="button"
              class="danger"
              ?disabled=${this.saving}
              aria-label=${msg(str`Remove ${origin}`, { id: 'embed.origin.removeLabel' })}
              @click=${() => this.handleRemove(origin)}
            >
              ${msg('Remove', { id: 'embed.remove' })}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    return html`<h3>${msg('Allowed origins', { id: 'embed.origins.title' })}</h3>
      <p class="hint">
        ${msg(
          'Only pages on these origins may use the publishable key. An origin is the scheme, host and port of your site, without a path.',
          { id: 'embed.origins.intro' },
        )}
      </p>
      ${
        this.origins === undefined
          ? html`<p>${msg('Loading…', { id: 'embed.loading' })}</p>`
          : this.renderList(this.origins)
      }
      <form novalidate @submit=${this.handleAdd}>
        <div class="field">
          <label for="origin">${msg('Origin to allow', { id: 'embed.origin.label' })}</label>
          <input
            id="origin"
            type="url"
            inputmode="url"
            autocomplete="off"
            placeholder="https://shop.example"
            aria-invalid=${this.problem ? 'true' : 'false'}
            aria-describedby="origin-problem"
          />
        </div>
        <button type="submit" ?disabled=${this.saving}>${msg('Add', { id: 'embed.add' })}</button>
      </form>
      <p id="origin-problem" role="alert">${this.problem}</p>
      <p role="status">${this.message}</p>`;
  }
}
