import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { ConsoleApiError } from '../../internal/console-api.js';
import {
  createApiKey,
  listApiKeys,
  revokeApiKey,
  rotateApiKey,
  type ApiKey,
  type CreatedApiKey,
} from '../../internal/embed-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleConfirmDialog } from './confirm-dialog.js';
import { PublishableKeyChangeEvent } from './embed-events.js';

const kindText = (kind: ApiKey['kind']) =>
  kind === 'secret'
    ? msg('Secret', { id: 'embed.keys.kind.secret' })
    : msg('Publishable', { id: 'embed.keys.kind.publishable' });

/**
 * @summary The account's API keys, live and revoked, each by its first characters: create
 * (the whole key shown once, with a warning for secret keys), rotate and revoke, each after a
 * confirmation. Changes to publishable keys fire `bookafy-publishable-key-change`.
 */
@localized()
export class BookafyConsoleApiKeys extends LitElement {
  static override styles = [
    pageStyles,
    css`
      h3 {
        margin-top: 0;
      }
      p[role]:empty {
        margin: 0;
      }
      .create {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
        margin-top: 0.75rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      td.actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      code {
        white-space: nowrap;
      }
    `,
  ];

  @query('bookafy-console-confirm-dialog') private confirm!: BookafyConsoleConfirmDialog;
  @query('#kind') private kindSelect!: HTMLSelectElement;
  @query('h3') private heading!: HTMLHeadingElement;

  @state() private keys?: ApiKey[];
  @state() private created?: CreatedApiKey;
  @state() private error = '';
  @state() private message = '';
  @state() private busy = false;

  /** The viewer's zone for the keys' dates; the browser's own unless set. */
  @property({ attribute: 'time-zone' }) timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the keys again. */
  async load(): Promise<void> {
    try {
      this.keys = await listApiKeys();
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async act(action: () => Promise<CreatedApiKey | undefined>, kind: ApiKey['kind']) {
    if (this.busy) return false;
    this.busy = true;
    this.error = '';
    this.message = '';
    try {
      const created = await action();
      this.created = created;
      if (kind === 'publishable') this.dispatchEvent(new PublishableKeyChangeEvent(null));
      return true;
    } catch (error) {
      this.error =
        error instanceof ConsoleApiError && error.code === 'last_secret_key'
          ? msg('This is the last secret key: create another one before revoking it.', {
              id: 'embed.keys.lastSecret',
            })
          : refusalText(error);
      return false;
    } finally {
      this.busy = false;
      await this.load();
    }
  }

  private async handleCreate() {
    const kind = this.kindSelect.value as ApiKey['kind'];
    await this.act(() => createApiKey(kind), kind);
  }

  private async handleRotate(key: ApiKey) {
    const question = msg(
      str`Replace ${key.prefix}… with a new key? The old key stops working at once, so pages and programs that use it must be updated.`,
      { id: 'embed.keys.rotateQuestion' },
    );
    if (!(await this.confirm.ask(question, msg('Rotate', { id: 'embed.keys.rotate' })))) return;
    await this.act(() => rotateApiKey(key.id), key.kind);
  }

  private async handleRevoke(key: ApiKey) {
    const question = msg(
      str`Revoke ${key.prefix}…? Everything that uses it stops working at once; this cannot be undone.`,
      { id: 'embed.keys.revokeQuestion' },
    );
    if (!(await this.confirm.ask(question, msg('Revoke', { id: 'embed.keys.revoke' })))) return;
    const revoked = await this.act(() => revokeApiKey(key.id), key.kind);
    if (revoked) this.message = msg(str`${key.prefix}… is revoked.`, { id: 'embed.keys.revoked' });
    // The row's buttons are gone with the key, so focus moves to the section's heading.
    await this.updateComplete;
    this.heading.focus();
  }

  private renderCreated(created: CreatedApiKey) {
    const secret = created.kind === 'secret';
    return html`<bookafy-console-secret-reveal
      label=${
        secret
          ? msg('New secret key', { id: 'embed.keys.newSecret' })
          : msg('New publishable key', { id: 'embed.keys.newPublishable' })
      }
      warning=${
        secret
          ? msg(
              'Copy it now and keep it on your server: it is shown only this once, and it gives full control of the account.',
              { id: 'embed.keys.secretWarning' },
            )
          : msg('It is shown in full only this once; it is safe to put in your pages.', {
              id: 'embed.keys.publishableWarning',
            })
      }
      .secret=${created.key}
      @bookafy-secret-dismiss=${() => (this.created = undefined)}
    ></bookafy-console-secret-reveal>`;
  }

  private renderKey(key: ApiKey) {
    const date = new Intl.DateTimeFormat(currentLocale(), {
      timeZone: this.timeZone,
      dateStyle: 'medium',
    });
    const name = `${key.prefix}…`;
    return html`<tr data-key-id=${key.id}>
      <td>${kindText(key.kind)}</td>
      <td><code>${name}</code></td>
      <td>${date.format(new Date(key.createdAt))}</td>
      <td>
        ${
          key.revokedAt
            ? msg(str`Revoked ${date.format(new Date(key.revokedAt))}`, {
                id: 'embed.keys.revokedOn',
              })
            : msg('Live', { id: 'embed.keys.live' })
        }
      </td>
      <td class="actions">
        ${
          key.revokedAt
            ? nothing
            : html`<button
                  type="button"
                  aria-label=${msg(str`Rotate ${name}`, { id: 'embed.keys.rotateLabel' })}
                  @click=${() => this.handleRotate(key)}
                >
                  ${msg('Rotate', { id: 'embed.keys.rotate' })}
                </button>
                <button
                  type="button"
                  class="danger"
                  aria-label=${msg(str`Revoke ${name}`, { id: 'embed.keys.revokeLabel' })}
                  @click=${() => this.handleRevoke(key)}
                >
                  ${msg('Revoke', { id: 'embed.keys.revoke' })}
                </button>`
        }
      </td>
    </tr>`;
  }

  override render() {
    return html`<h3 tabindex="-1">${msg('API keys', { id: 'embed.keys.title' })}</h3>
      <p class="hint">
        ${msg(
          'Publishable keys (pk_…) go into pages; secret keys (sk_…) call the admin API from your server.',
          { id: 'embed.keys.intro' },
        )}
      </p>
      ${this.created ? this.renderCreated(this.created) : nothing}
      ${
        this.keys === undefined
          ? html`<p>${msg('Loading…', { id: 'embed.loading' })}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${msg('Kind', { id: 'embed.keys.kind' })}</th>
                  <th scope="col">${msg('Key', { id: 'embed.keys.key' })}</th>
                  <th scope="col">${msg('Created', { id: 'embed.keys.created' })}</th>
                  <th scope="col">${msg('Status', { id: 'embed.keys.status' })}</th>
                  <th scope="col">${msg('Actions', { id: 'embed.actions' })}</th>
                </tr>
              </thead>
              <tbody>
                ${this.keys.map((key) => this.renderKey(key))}
              </tbody>
            </table>`
      }
      <div class="create">
        <div class="field">
          <label for="kind">${msg('Kind of key', { id: 'embed.keys.newKind' })}</label>
          <select id="kind">
            <option value="publishable">${kindText('publishable')}</option>
            <option value="secret">${kindText('secret')}</option>
          </select>
        </div>
        <button type="button" @click=${this.handleCreate}>
          ${msg('Create key', { id: 'embed.keys.create' })}
        </button>
      </div>
      <p role="alert">${this.error}</p>
      <p role="status">${this.message}</p>
      <bookafy-console-confirm-dialog></bookafy-console-confirm-dialog>`;
  }
}
