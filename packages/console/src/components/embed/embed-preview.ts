import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';

import { loadWidgetScript } from '../../internal/embed-widget-script.js';
import { DEFAULT_EMBED_SETTINGS, type EmbedSettings } from '../../internal/snippet-html.js';
import { pageStyles } from '../../styles/page.styles.js';

/**
 * @summary The real widget as the snippet would show it, loaded from this server's
 * `/bookafy.js` and rebuilt whenever a choice changes. It names the account by its publishable
 * key, or by its slug while no key is readable, which the API accepts on its own origin.
 */
@localized()
export class BookafyConsoleEmbedPreview extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .stage {
        padding: 1rem;
        background: #f9fafb;
        border: 1px dashed #9ca3af;
        border-radius: 0.375rem;
      }
      .stage.dark {
        background: #111827;
      }
    `,
  ];

  @state() private ready = false;
  @state() private failed = false;

  /** The choices to show. */
  @property({ attribute: false }) settings: EmbedSettings = DEFAULT_EMBED_SETTINGS;

  /** The account's publishable key, or `null` when none is readable. */
  @property({ attribute: false }) publishableKey: string | null = null;

  /** The account's slug, for the widget when there is no key and for the link's address. */
  @property({ attribute: false }) slug: string | null = null;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /** Loads the widget script, once for the whole console. */
  private async load() {
    this.failed = false;
    try {
      await loadWidgetScript();
      this.ready = true;
    } catch {
      this.failed = true;
    }
  }

  private renderWidget() {
    const { mode, serviceId, staffId, theme, locale } = this.settings;
    const key = this.publishableKey ?? undefined;
    const account = key ? undefined : (this.slug ?? undefined);
    if (mode === 'inline') {
      return html`<bookafy-widget
        publishable-key=${ifDefined(key)}
        account=${ifDefined(account)}
        service=${ifDefined(serviceId ?? undefined)}
        staff=${ifDefined(staffId ?? undefined)}
        theme=${theme}
        locale=${ifDefined(locale ?? undefined)}
      ></bookafy-widget>`;
    }
    if (mode === 'button') {
      return html`<bookafy-button
        publishable-key=${ifDefined(key)}
        account=${ifDefined(account)}
        service=${ifDefined(serviceId ?? undefined)}
        staff=${ifDefined(staffId ?? undefined)}
        theme=${theme}
        locale=${ifDefined(locale ?? undefined)}
      ></bookafy-button>`;
    }
    // The widget's link handler passes no slug on, so a link needs the key.
    if (!key) {
      return html`<p>
        ${msg('The link preview needs a publishable key.', { id: 'embed.preview.needsKey' })}
      </p>`;
    }
    return html`<a
      href=${this.slug ? `/book/${encodeURIComponent(this.slug)}` : '#'}
      data-bookafy-service=${serviceId ?? ''}
      data-bookafy-staff=${ifDefined(staffId ?? undefined)}
      data-bookafy-key=${key}
      data-bookafy-theme=${theme}
      data-bookafy-locale=${ifDefined(locale ?? undefined)}
      >${msg('Book an appointment', { id: 'embed.linkText' })}</a
    >`;
  }

  override render() {
    if (this.failed) {
      return html`<p role="alert">
          ${msg('The widget could not be loaded from this server.', { id: 'embed.preview.failed' })}
        </p>
        <button type="button" @click=${this.load}>
          ${msg('Try again', { id: 'embed.retry' })}
        </button>`;
    }
    if (!this.ready)
      return html`<p>${msg('Loading the widget…', { id: 'embed.preview.loading' })}</p>`;
    // Pinning changes only the snippet's script tag, so it leaves the preview as it is.
    const { mode, serviceId, staffId, theme, locale } = this.settings;
    const shown = [mode, serviceId, staffId, theme, locale, this.publishableKey, this.slug];
    const identity = JSON.stringify(shown);
    return html`<div class="stage ${this.settings.theme === 'dark' ? 'dark' : ''}">
      ${keyed(identity, this.renderWidget())}
    </div>`;
  }
}
