import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import type { EmbedService, EmbedStaff } from '../../internal/embed-api.js';
import {
  DEFAULT_EMBED_SETTINGS,
  WIDGET_LOCALES,
  type EmbedMode,
  type EmbedSettings,
  type EmbedTheme,
} from '../../internal/snippet-html.js';
import { pageStyles } from '../../styles/page.styles.js';
import { EmbedSettingsChangeEvent } from './embed-events.js';

/** Each widget language's name in itself, as visitors would look for it. */
const WIDGET_LOCALE_NAMES: Record<(typeof WIDGET_LOCALES)[number], string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  ar: 'العربية',
};

/** The value of the control that fired `event`. */
const chosen = (event: Event) => (event.target as HTMLSelectElement).value;

/**
 * @summary The owner's choices for the embed snippet: how the flow opens (inline widget,
 * button or link), the service, the staff member (among those who give the service), the
 * theme, the language and, when the server publishes the script's hash, whether to pin the
 * script with it. Each change fires `bookafy-embed-settings-change` with every choice.
 */
@localized()
export class BookafyConsoleEmbedChoices extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .choices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0.75rem 1rem;
      }
      fieldset {
        grid-column: 1 / -1;
        margin: 0;
        padding: 0.5rem 0.75rem;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      fieldset label {
        display: inline-flex;
        gap: 0.375rem;
        align-items: center;
        min-height: 1.5rem;
        margin-inline-end: 1.25rem;
        font-weight: normal;
      }
      input[type='radio'] {
        width: 1.25rem;
        height: 1.25rem;
        min-height: 0;
        margin: 0;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .pin {
        grid-column: 1 / -1;
      }
      .pin p {
        margin: 0.25rem 0 0;
      }
      select {
        width: 100%;
      }
      :host {
        margin-bottom: 1rem;
      }
    `,
  ];

  /** The current choices. */
  @property({ attribute: false }) settings: EmbedSettings = DEFAULT_EMBED_SETTINGS;

  /** The account's services to choose from. */
  @property({ attribute: false }) services: EmbedService[] = [];

  /** The account's staff members to choose from. */
  @property({ attribute: false }) staff: EmbedStaff[] = [];

  /** Whether the server publishes the script's integrity hash, so that it can be pinned. */
  @property({ type: Boolean }) pinnable = false;

  /** The staff members who give the chosen service, or every one for all services. */
  private staffChoices(serviceId: string | null): EmbedStaff[] {
    const service = this.services.find((candidate) => candidate.id === serviceId);
    return service
      ? this.staff.filter((member) => service.staffIds.includes(member.id))
      : this.staff;
  }

  private change(changes: Partial<EmbedSettings>) {
    const next = { ...this.settings, ...changes };
    if (next.staffId && !this.staffChoices(next.serviceId).some((m) => m.id === next.staffId)) {
      next.staffId = null;
    }
    // Kept here too, so that a second change before the page passes this one back builds on it.
    this.settings = next;
    this.dispatchEvent(new EmbedSettingsChangeEvent(next));
  }

  private renderMode(mode: EmbedMode, label: string) {
    return html`<label>
      <input
        type="radio"
        name="mode"
        .value=${mode}
        .checked=${this.settings.mode === mode}
        @change=${() => this.change({ mode })}
      />
      ${label}
    </label>`;
  }

  private renderPin() {
    return html`<div class="pin">
      <label>
        <input
          type="checkbox"
          id="pinned"
          aria-describedby="pinned-hint"
          .checked=${this.settings.pinned}
          @change=${(event: Event) =>
            this.change({ pinned: (event.target as HTMLInputElement).checked })}
        />
        ${msg('Pin this exact version with Subresource Integrity', { id: 'embed.pin' })}
      </label>
      <p id="pinned-hint" class="hint">
        ${msg(
          'Browsers then refuse every newer bookafy.js: ' +
            'copy the snippet again after each Bookafy update.',
          { id: 'embed.pinHint' },
        )}
      </p>
    </div>`;
  }

  override render() {
    const { serviceId, staffId, theme, locale } = this.settings;
    const themes: [EmbedTheme, string][] = [
      ['light', msg('Light', { id: 'embed.theme.light' })],
      ['dark', msg('Dark', { id: 'embed.theme.dark' })],
      ['auto', msg("Follow the visitor's system", { id: 'embed.theme.auto' })],
    ];
    return html`<div class="choices">
      <fieldset>
        <legend>${msg('How it opens', { id: 'embed.mode' })}</legend>
        ${this.renderMode('inline', msg('In the page', { id: 'embed.mode.inline' }))}
        ${this.renderMode('button', msg('Button with a dialog', { id: 'embed.mode.button' }))}
        ${this.renderMode('link', msg('Link with a dialog', { id: 'embed.mode.link' }))}
      </fieldset>
      <div class="field">
        <label for="service">${msg('Service', { id: 'embed.service' })}</label>
        <select
          id="service"
          @change=${(event: Event) => this.change({ serviceId: chosen(event) || null })}
        >
          <option value="" ?selected=${serviceId === null}>
            ${msg('All services', { id: 'embed.service.all' })}
          </option>
          ${this.services.map(
            (service) =>
              html`<option value=${service.id} ?selected=${service.id === serviceId}>
                ${service.name}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="staff">${msg('Staff member', { id: 'embed.staff' })}</label>
        <select
          id="staff"
          @change=${(event: Event) => this.change({ staffId: chosen(event) || null })}
        >
          <option value="" ?selected=${staffId === null}>
            ${msg('Anyone', { id: 'embed.staff.anyone' })}
          </option>
          ${this.staffChoices(serviceId).map(
            (member) =>
              html`<option value=${member.id} ?selected=${member.id === staffId}>
                ${member.name}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="theme">${msg('Theme', { id: 'embed.theme' })}</label>
        <select
          id="theme"
          @change=${(event: Event) => this.change({ theme: chosen(event) as EmbedTheme })}
        >
          ${themes.map(
            ([value, label]) =>
              html`<option value=${value} ?selected=${value === theme}>${label}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="locale">${msg('Language', { id: 'embed.locale' })}</label>
        <select
          id="locale"
          @change=${(event: Event) => this.change({ locale: chosen(event) || null })}
        >
          <option value="" ?selected=${locale === null}>
            ${msg("The visitor's browser language", { id: 'embed.locale.visitor' })}
          </option>
          ${WIDGET_LOCALES.map(
            (tag) =>
              html`<option value=${tag} lang=${tag} ?selected=${tag === locale}>
                ${WIDGET_LOCALE_NAMES[tag]}
              </option>`,
          )}
        </select>
      </div>
      ${this.pinnable ? this.renderPin() : nothing}
    </div>`;
  }
}
