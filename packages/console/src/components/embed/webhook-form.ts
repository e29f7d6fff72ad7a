import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { query, queryAll, state } from 'lit/decorators.js';

import { createWebhookEndpoint } from '../../internal/embed-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { WEBHOOK_EVENT_TYPES } from '../../internal/webhook-events.js';
import { isDeliverableUrl } from '../../internal/webhook-url.js';
import { pageStyles } from '../../styles/page.styles.js';
import { WebhookCreatedEvent } from './webhook-created-event.js';

/**
 * @summary The form that registers a webhook endpoint: its URL and the booking events it
 * receives (all of them at first). On success it fires `bookafy-webhook-created` with the
 * endpoint and its signing secret, and empties itself.
 */
@localized()
export class BookafyConsoleWebhookForm extends LitElement {
  static override styles = [
    pageStyles,
    css`
      p[role]:empty {
        margin: 0;
      }
      form {
        display: grid;
        gap: 0.5rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      fieldset {
        margin: 0;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      fieldset label {
        display: inline-flex;
        gap: 0.375rem;
        align-items: center;
        min-height: 1.5rem;
        margin-inline-end: 1rem;
        font-weight: normal;
      }
      input[type='checkbox'] {
        width: 1.25rem;
        height: 1.25rem;
        min-height: 0;
        margin: 0;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  @query('#url') private urlInput!: HTMLInputElement;
  @queryAll('input[name="event"]') private eventBoxes!: NodeListOf<HTMLInputElement>;

  @state() private error = '';
  @state() private saving = false;

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const url = this.urlInput.value.trim();
    const events = [...this.eventBoxes].filter((box) => box.checked).map((box) => box.value);
    if (!isDeliverableUrl(url)) {
      this.error = msg(
        'Enter an https:// address (http:// only for 127.0.0.1 or localhost), without a user name or password.',
        { id: 'embed.hooks.badUrl' },
      );
      this.urlInput.focus();
      return;
    }
    if (events.length === 0) {
      this.error = msg('Choose at least one event.', { id: 'embed.hooks.noEvents' });
      this.eventBoxes[0]?.focus();
      return;
    }

    this.saving = true;
    this.error = '';
    try {
      const created = await createWebhookEndpoint({ url, events });
      this.urlInput.value = '';
      for (const box of this.eventBoxes) box.checked = true;
      this.dispatchEvent(new WebhookCreatedEvent(created));
    } catch (error) {
      this.error = refusalText(error);
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return html`<form novalidate @submit=${this.handleSubmit}>
      <div class="field">
        <label for="url">${msg('Endpoint URL', { id: 'embed.hooks.url' })}</label>
        <input
          id="url"
          type="url"
          inputmode="url"
          autocomplete="off"
          placeholder="https://example.com/hooks/bookafy"
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby="webhook-error"
        />
      </div>
      <fieldset>
        <legend>${msg('Events to send', { id: 'embed.hooks.events' })}</legend>
        ${WEBHOOK_EVENT_TYPES.map(
          (type) =>
            html`<label
              ><input type="checkbox" name="event" value=${type} checked /> ${type}</label
            >`,
        )}
      </fieldset>
      <button type="submit" ?disabled=${this.saving}>
        ${msg('Add endpoint', { id: 'embed.hooks.add' })}
      </button>
      <p id="webhook-error" role="alert">${this.error}</p>
    </form>`;
  }
}
