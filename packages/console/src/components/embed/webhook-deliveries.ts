import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import {
  listWebhookDeliveries,
  replayWebhookEvent,
  type WebhookDelivery,
} from '../../internal/embed-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { deliveryLogRow, type DeliveryLogRow } from '../../internal/webhook-log.js';
import { pageStyles } from '../../styles/page.styles.js';

function outcomeText(row: DeliveryLogRow): string {
  switch (row.outcome) {
    case 'delivered':
      return msg('Delivered', { id: 'embed.hooks.delivered' });
    case 'failed':
      return msg('Failed', { id: 'embed.hooks.failed' });
    case 'waiting':
      return msg('Waiting', { id: 'embed.hooks.waiting' });
    case 'retrying':
      return row.nextAttempt
        ? msg(str`Failing; next try ${row.nextAttempt}`, { id: 'embed.hooks.retrying' })
        : msg('Failing', { id: 'embed.hooks.failing' });
  }
}

/**
 * @summary One webhook endpoint's delivery log, newest first, a page at a time: when each event
 * was queued (in the viewer's zone), its type, the latest answer's status code, the number of
 * attempts and whether it arrived, with Replay to queue the event again for this endpoint.
 */
@localized()
export class BookafyConsoleWebhookDeliveries extends LitElement {
  static override styles = [
    pageStyles,
    css`
      p[role]:empty {
        margin: 0;
      }
      .failure {
        color: #b91c1c;
      }
      .success {
        color: #15803d;
      }
      .toolbar {
        display: flex;
        gap: 0.5rem;
        margin: 0.5rem 0;
      }
      td .hint {
        display: block;
      }
    `,
  ];

  @state() private deliveries: WebhookDelivery[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loaded = false;
  @state() private error = '';
  @state() private message = '';

  /** The endpoint whose deliveries show. */
  @property({ attribute: 'endpoint-id' }) endpointId = '';

  /** The viewer's zone for the times; the browser's own unless set. */
  @property({ attribute: 'time-zone' }) timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('endpointId') && this.endpointId) void this.load();
  }

  /** Reads the first page again, newest first. */
  async load(): Promise<void> {
    try {
      const page = await listWebhookDeliveries(this.endpointId);
      this.deliveries = page.data;
      this.nextCursor = page.nextCursor;
      this.error = '';
    } catch (error) {
      this.error = refusalText(error);
    } finally {
      this.loaded = true;
    }
  }

  private async handleMore() {
    if (!this.nextCursor) return;
    try {
      const page = await listWebhookDeliveries(this.endpointId, this.nextCursor);
      this.deliveries = [...this.deliveries, ...page.data];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async handleReplay(row: DeliveryLogRow) {
    try {
      await replayWebhookEvent(row.eventId, this.endpointId);
      this.message = msg(str`${row.eventType} is queued again.`, { id: 'embed.hooks.replayed' });
    } catch (error) {
      this.error = refusalText(error);
    }
    await this.load();
  }

  private renderRow(row: DeliveryLogRow) {
    const succeeded = row.outcome === 'delivered';
    return html`<tr data-delivery-id=${row.id}>
      <td>${row.time}</td>
      <td><code>${row.eventType}</code></td>
      <td>
        ${
          row.statusCode ??
          (row.attempts > 0 ? msg('No answer', { id: 'embed.hooks.noAnswer' }) : '—')
        }
        ${row.detail && !succeeded ? html`<span class="hint">${row.detail}</span>` : nothing}
      </td>
      <td>${row.attempts}</td>
      <td class=${succeeded ? 'success' : row.outcome === 'waiting' ? '' : 'failure'}>
        ${outcomeText(row)}
      </td>
      <td>
        <button
          type="button"
          aria-label=${msg(str`Replay ${row.eventType} of ${row.time}`, {
            id: 'embed.hooks.replayLabel',
          })}
          @click=${() => this.handleReplay(row)}
        >
          ${msg('Replay', { id: 'embed.hooks.replay' })}
        </button>
      </td>
    </tr>`;
  }

  private renderTable() {
    const locale = currentLocale();
    const rows = this.deliveries.map((d) => deliveryLogRow(d, this.timeZone, locale));
    return html`<table>
      <caption class="visually-hidden">
        ${msg(str`Deliveries, times in ${this.timeZone}`, { id: 'embed.hooks.caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Queued', { id: 'embed.hooks.queued' })}</th>
          <th scope="col">${msg('Event', { id: 'embed.hooks.event' })}</th>
          <th scope="col">${msg('Status code', { id: 'embed.hooks.statusCode' })}</th>
          <th scope="col">${msg('Attempts', { id: 'embed.hooks.attempts' })}</th>
          <th scope="col">${msg('Result', { id: 'embed.hooks.result' })}</th>
          <th scope="col">${msg('Actions', { id: 'embed.actions' })}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => this.renderRow(row))}
      </tbody>
    </table>`;
  }

  override render() {
    const empty = this.loaded && this.deliveries.length === 0;
    return html`<div class="toolbar">
        <button type="button" @click=${this.load}>
          ${msg('Refresh', { id: 'embed.hooks.refresh' })}
        </button>
      </div>
      ${!this.loaded ? html`<p>${msg('Loading…', { id: 'embed.loading' })}</p>` : nothing}
      ${
        empty
          ? html`<p>
              ${msg('Nothing was sent to this endpoint yet.', { id: 'embed.hooks.noDeliveries' })}
            </p>`
          : nothing
      }
      ${this.deliveries.length > 0 ? this.renderTable() : nothing}
      ${
        this.nextCursor
          ? html`<button type="button" @click=${this.handleMore}>
              ${msg('Show older deliveries', { id: 'embed.hooks.more' })}
            </button>`
          : nothing
      }
      <p class="hint">${msg(str`Times in ${this.timeZone}.`, { id: 'embed.hooks.zone' })}</p>
      <p role="alert">${this.error}</p>
      <p role="status">${this.message}</p>`;
  }
}
