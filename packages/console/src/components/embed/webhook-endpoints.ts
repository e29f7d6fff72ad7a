import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';

import {
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from '../../internal/embed-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleConfirmDialog } from './confirm-dialog.js';
import type { WebhookCreatedEvent } from './webhook-created-event.js';

function stateText(endpoint: WebhookEndpoint): string {
  if (endpoint.enabled) return msg('Enabled', { id: 'embed.hooks.enabled' });
  switch (endpoint.disabledReason) {
    case 'gone':
      return msg('Disabled: it answered 410 Gone', { id: 'embed.hooks.disabledGone' });
    case 'failing':
      return msg('Disabled after failing for about three days', {
        id: 'embed.hooks.disabledFailing',
      });
    default:
      return msg('Disabled', { id: 'embed.hooks.disabled' });
  }
}

/**
 * @summary The account's webhook endpoints: each with its events and state, Enable or Disable,
 * Rotate secret and Delete (both confirmed first) and its delivery log on request; the form to
 * add one; and a new signing secret, shown once.
 */
@localized()
export class BookafyConsoleWebhookEndpoints extends LitElement {
  static override styles = [
    pageStyles,
    css`
      h3 {
        margin-top: 0;
      }
      p[role]:empty {
        margin: 0;
      }
      ul.endpoints {
        margin: 0 0 1rem;
        padding: 0;
        list-style: none;
      }
      li.endpoint {
        padding: 0.75rem 0;
        border-bottom: 1px solid #e5e7eb;
      }
      h4 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0.5rem 0;
      }
      p {
        margin: 0.25rem 0;
      }
      p.hint {
        margin-bottom: 0.75rem;
      }
      h4.add-title {
        margin-top: 1.25rem;
      }
    `,
  ];

  @query('bookafy-console-confirm-dialog') private confirm!: BookafyConsoleConfirmDialog;
  @query('h3') private heading!: HTMLHeadingElement;

  @state() private endpoints?: WebhookEndpoint[];
  @state() private revealed?: WebhookEndpointWithSecret;
  @state() private open = new Set<string>();
  @state() private error = '';
  @state() private message = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the endpoints again. */
  async load(): Promise<void> {
    try {
      this.endpoints = await listWebhookEndpoints();
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async act(action: () => Promise<unknown>, done: string) {
    this.error = '';
    this.message = '';
    try {
      await action();
      this.message = done;
    } catch (error) {
      this.error = refusalText(error);
    }
    await this.load();
  }

  private async handleCreated(event: WebhookCreatedEvent) {
    this.revealed = event.detail;
    this.message = msg(str`${event.detail.url} will receive events.`, { id: 'embed.hooks.added' });
    await this.load();
  }

  private async handleToggle(endpoint: WebhookEndpoint) {
    const done = endpoint.enabled
      ? msg(str`${endpoint.url} is disabled.`, { id: 'embed.hooks.disabledNow' })
      : msg(str`${endpoint.url} is enabled.`, { id: 'embed.hooks.enabledNow' });
    await this.act(() => setWebhookEndpointEnabled(endpoint.id, !endpoint.enabled), done);
  }

  private async handleRotate(endpoint: WebhookEndpoint) {
    const question = msg(
      str`Give ${endpoint.url} a new signing secret? Deliveries are signed with it at once, so the receiver must be updated.`,
      { id: 'embed.hooks.rotateQuestion' },
    );
    const label = msg('Rotate secret', { id: 'embed.hooks.rotate' });
    if (!(await this.confirm.ask(question, label))) return;
    const done = msg(str`${endpoint.url} has a new secret.`, { id: 'embed.hooks.rotated' });
    await this.act(async () => (this.revealed = await rotateWebhookSecret(endpoint.id)), done);
  }

  private async handleDelete(endpoint: WebhookEndpoint) {
    const question = msg(str`Delete ${endpoint.url}? Nothing more is sent to it.`, {
      id: 'embed.hooks.deleteQuestion',
    });
    if (!(await this.confirm.ask(question, msg('Delete', { id: 'embed.hooks.delete' })))) return;
    const done = msg(str`${endpoint.url} is deleted.`, { id: 'embed.hooks.deleted' });
    await this.act(() => deleteWebhookEndpoint(endpoint.id), done);
    await this.updateComplete;
    this.heading.focus();
  }

  private handleShowLog(endpoint: WebhookEndpoint) {
    const open = new Set(this.open);
    if (!open.delete(endpoint.id)) open.add(endpoint.id);
    this.open = open;
  }

  private renderEndpoint(endpoint: WebhookEndpoint) {
    const { id, url } = endpoint;
    const logOpen = this.open.has(id);
    return html`<li class="endpoint" data-endpoint-id=${id}>
      <h4>${url}</h4>
      <p>${endpoint.events.join(', ')}</p>
      <p class="state">${stateText(endpoint)}</p>
      <div class="actions">
        <button
          type="button"
          aria-label=${
            endpoint.enabled
              ? msg(str`Disable ${url}`, { id: 'embed.hooks.disableLabel' })
              : msg(str`Enable ${url}`, { id: 'embed.hooks.enableLabel' })
          }
          @click=${() => this.handleToggle(endpoint)}
        >
          ${
            endpoint.enabled
              ? msg('Disable', { id: 'embed.hooks.disable' })
              : msg('Enable', { id: 'embed.hooks.enable' })
          }
        </button>
        <button
          type="button"
          aria-label=${msg(str`Rotate secret of ${url}`, { id: 'embed.hooks.rotateLabel' })}
          @click=${() => this.handleRotate(endpoint)}
        >
          ${msg('Rotate secret', { id: 'embed.hooks.rotate' })}
        </button>
        <button
          type="button"
          aria-expanded=${logOpen ? 'true' : 'false'}
          aria-controls="log-${id}"
          aria-label=${msg(str`Deliveries to ${url}`, { id: 'embed.hooks.logLabel' })}
          @click=${() => this.handleShowLog(endpoint)}
        >
          ${msg('Deliveries', { id: 'embed.hooks.log' })}
        </button>
        <button
          type="button"
          class="danger"
          aria-label=${msg(str`Delete ${url}`, { id: 'embed.hooks.deleteLabel' })}
          @click=${() => this.handleDelete(endpoint)}
        >
          ${msg('Delete', { id: 'embed.hooks.delete' })}
        </button>
      </div>
      <div id="log-${id}">
        ${
          logOpen
            ? html`<bookafy-console-webhook-deliveries
                endpoint-id=${id}
              ></bookafy-console-webhook-deliveries>`
            : nothing
        }
      </div>
    </li>`;
  }

  private renderRevealed(endpoint: WebhookEndpointWithSecret) {
    return html`<bookafy-console-secret-reveal
      label=${msg(str`Signing secret of ${endpoint.url}`, { id: 'embed.hooks.secretLabel' })}
      warning=${msg(
        'Copy it into your receiver now to verify signatures: it is shown only this once.',
        { id: 'embed.hooks.secretWarning' },
      )}
      .secret=${endpoint.secret}
      @bookafy-secret-dismiss=${() => (this.revealed = undefined)}
    ></bookafy-console-secret-reveal>`;
  }

  override render() {
    return html`<h3 tabindex="-1">${msg('Webhook endpoints', { id: 'embed.hooks.title' })}</h3>
      <p class="hint">
        ${msg(
          'Bookafy sends each booking event to these URLs, signed with the endpoint’s secret ' +
            '(Standard Webhooks), and retries failures for about three days.',
          { id: 'embed.hooks.intro' },
        )}
      </p>
      ${this.revealed ? this.renderRevealed(this.revealed) : nothing}
      ${
        this.endpoints === undefined
          ? html`<p>${msg('Loading…', { id: 'embed.loading' })}</p>`
          : this.endpoints.length === 0
            ? html`<p>${msg('No endpoints yet.', { id: 'embed.hooks.none' })}</p>`
            : html`<ul class="endpoints">
                ${this.endpoints.map((endpoint) => this.renderEndpoint(endpoint))}
              </ul>`
      }
      <p role="alert">${this.error}</p>
      <p role="status">${this.message}</p>
      <h4 class="add-title">${msg('Add an endpoint', { id: 'embed.hooks.addTitle' })}</h4>
      <bookafy-console-webhook-form
        @bookafy-webhook-created=${this.handleCreated}
      ></bookafy-console-webhook-form>
      <bookafy-console-confirm-dialog></bookafy-console-confirm-dialog>`;
  }
}
