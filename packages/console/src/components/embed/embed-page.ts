import { localized, msg } from '@lit/localize';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { currentSession, type Me } from '../../internal/console-api.js';
import {
  listEmbedServices,
  listEmbedStaff,
  widgetScriptIntegrity,
  type EmbedService,
  type EmbedStaff,
} from '../../internal/embed-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import {
  DEFAULT_EMBED_SETTINGS,
  hostedPageUrl,
  snippetHtml,
  type EmbedSettings,
} from '../../internal/snippet-html.js';
import { pageTitle } from '../../internal/page-titles.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleApiKeys } from './api-keys.js';
import type { EmbedSettingsChangeEvent, PublishableKeyChangeEvent } from './embed-events.js';

/**
 * @summary The embed page: the snippet for the owner's site with its choices and a Copy
 * button, the real widget previewed with those choices, the allowed origins, the webhook
 * endpoints with their delivery logs, and the API keys.
 */
@localized()
export class BookafyConsoleEmbed extends LitElement {
  static override styles = [
    pageStyles,
    css`
      p[role]:empty {
        margin: 0;
      }
      section {
        margin-bottom: 1.25rem;
      }
      section > h3:first-child {
        margin-top: 0;
      }
    `,
  ];

  @query('bookafy-console-api-keys') private apiKeys?: BookafyConsoleApiKeys;

  @state() private settings: EmbedSettings = DEFAULT_EMBED_SETTINGS;
  @state() private services: EmbedService[] = [];
  @state() private staff: EmbedStaff[] = [];
  @state() private integrity?: string;
  @state() private publishableKey: string | null = null;
  @state() private error = '';

  /** Who is signed in, with the account's slug and newest readable publishable key. */
  @property({ attribute: false }) me?: Me;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('me')) this.publishableKey = this.me?.account.publishableKey ?? null;
  }

  private async load() {
    try {
      const [services, staff, integrity] = await Promise.all([
        listEmbedServices(),
        listEmbedStaff(),
        widgetScriptIntegrity(),
      ]);
      this.services = services;
      this.staff = staff;
      this.integrity = integrity;
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private handleSettings(event: EmbedSettingsChangeEvent) {
    this.settings = event.detail;
  }

  private async handleKeyChange(event: PublishableKeyChangeEvent) {
    if (event.detail !== null) {
      this.publishableKey = event.detail;
      await this.apiKeys?.load();
      return;
    }
    // A rotation or revocation may have changed which key is the newest readable one.
    const me = await currentSession().catch(() => undefined);
    if (me) this.publishableKey = me.account.publishableKey;
  }

  override render() {
    // An account made before slugs existed may have none; the page then leaves the link out.
    const slug = this.me?.account.slug || null;
    const origin = location.origin;
    const snippet =
      this.publishableKey === null
        ? undefined
        : snippetHtml(this.settings, {
            origin,
            publishableKey: this.publishableKey,
            slug,
            integrity: this.integrity,
            linkText: msg('Book an appointment', { id: 'embed.linkText' }),
          });
    return html`<h2>${pageTitle('embed')}</h2>
      <p role="alert">${this.error}</p>
      <section class="card" aria-labelledby="snippet-title">
        <h3 id="snippet-title">${msg('Snippet', { id: 'embed.snippet.title' })}</h3>
        <bookafy-console-embed-choices
          .settings=${this.settings}
          .services=${this.services}
          .staff=${this.staff}
          ?pinnable=${this.integrity !== undefined}
          @bookafy-embed-settings-change=${this.handleSettings}
        ></bookafy-console-embed-choices>
        <bookafy-console-snippet-box
          .snippet=${snippet}
          hosted-url=${hostedPageUrl(origin, slug) ?? ''}
          @bookafy-publishable-key-change=${this.handleKeyChange}
        ></bookafy-console-snippet-box>
      </section>
      <section class="card" aria-labelledby="preview-title">
        <h3 id="preview-title">${msg('Live preview', { id: 'embed.preview.title' })}</h3>
        <p class="hint">
          ${msg('The real widget with these choices; bookings made here are real.', {
            id: 'embed.preview.hint',
          })}
        </p>
        <bookafy-console-embed-preview
          .settings=${this.settings}
          .publishableKey=${this.publishableKey}
          .slug=${slug}
        ></bookafy-console-embed-preview>
      </section>
      <section class="card">
        <bookafy-console-allowed-origins></bookafy-console-allowed-origins>
      </section>
      <section class="card">
        <bookafy-console-webhook-endpoints></bookafy-console-webhook-endpoints>
      </section>
      <section class="card">
        <bookafy-console-api-keys
          @bookafy-publishable-key-change=${this.handleKeyChange}
        ></bookafy-console-api-keys>
      </section>`;
  }
}
