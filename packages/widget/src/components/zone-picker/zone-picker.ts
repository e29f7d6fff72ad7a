import {
  formatOffset,
  listTimeZones,
  MINUTE_MS,
  zoneOffsetMinutesIntl,
  type ZoneChoice,
} from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';

import { BookafyZoneChangeEvent } from '../../events/zone-change.js';
import { messagesFor } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import { tokens } from '../../styles/tokens.js';
import { filterZones } from './zone-filter.js';
import { zonePickerMessages } from './zone-picker.messages.js';
import { zonePickerStyles } from './zone-picker.styles.js';

/** The most options in the list at once; typing narrows the rest down. */
const MAX_SHOWN = 50;

/**
 * A searchable time-zone switcher: an editable combobox with list autocomplete (WAI-ARIA).
 * Typing filters by name, city or offset; ArrowDown/ArrowUp move through the list, Home/End
 * jump to its ends, Enter or a click chooses, Escape closes the list and a second Escape puts
 * the current zone back in the field. Collapsed, the field shows the current zone.
 *
 * @tagname bookafy-zone-picker
 * @summary Time-zone switcher with search.
 * @event bookafy-zone-change - The visitor chose a different zone.
 * @csspart input - The text field.
 * @csspart listbox - The list of zones.
 * @csspart option - One zone in the list.
 * @cssproperty --bookafy-zone-picker-list-height - The list's height before it scrolls.
 */
export class BookafyZonePicker extends LitElement {
  static override styles = [tokens, zonePickerStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  #zones: { key: number; choices: ZoneChoice[] } | undefined;
  #scrollActiveIntoView = false;

  @query('input') private input!: HTMLInputElement;

  @state() private open = false;

  /** What the visitor typed; `undefined` while the field shows the current zone. */
  @state() private draft: string | undefined;

  @state() private activeZone: string | undefined;

  /** The current zone, an IANA name. */
  @property() value = 'UTC';

  /** BCP 47 locale of the labels. */
  @property() locale = 'en';

  /** The instant whose offsets the list shows, epoch milliseconds; the present when unset. */
  @property({ attribute: false }) now: number | undefined;

  /** The field's label, in place of the localised "Time zone". */
  @property() label: string | undefined;

  protected override updated(): void {
    if (!this.#scrollActiveIntoView) return;
    this.#scrollActiveIntoView = false;
    this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({
      block: 'nearest',
    });
  }

  private handleInput(): void {
    this.draft = this.input.value;
    this.activeZone = undefined;
    this.open = true;
  }

  private handleKeydown(event: KeyboardEvent): void {
    const { shown } = this.listedZones();
    const index = shown.findIndex((choice) => choice.timeZone === this.activeZone);
    const last = shown.length - 1;
    const moves: Record<string, () => number | undefined> = {
      ArrowDown: () => (index < 0 ? this.openingIndex(shown) : Math.min(index + 1, last)),
      ArrowUp: () => (index < 0 ? last : Math.max(index - 1, 0)),
      Home: () => (index < 0 ? undefined : 0),
      End: () => (index < 0 ? undefined : last),
    };

    if (event.key === 'ArrowUp' && event.altKey) {
      this.open = false;
    } else if (event.key === 'ArrowDown' && event.altKey) {
      this.open = true;
    } else if (moves[event.key]) {
      const to = this.open || event.key.startsWith('Arrow') ? moves[event.key]!() : undefined;
      if (to === undefined) return;
      this.open = true;
      this.activeZone = shown[to]?.timeZone;
      this.#scrollActiveIntoView = true;
    } else if (event.key === 'Enter' && this.open && this.activeZone) {
      this.choose(this.activeZone);
    } else if (event.key === 'Escape' && (this.open || this.draft !== undefined)) {
      if (this.open) this.close();
      else this.restore();
      event.stopPropagation();
    } else {
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') this.activeZone = undefined;
      return;
    }
    event.preventDefault();
  }

  private handleFocus(): void {
    // Typing replaces the current zone's name instead of appending to it.
    if (this.draft === undefined) this.input.select();
  }

  private handleFocusOut(event: FocusEvent): void {
    if (this.renderRoot.contains(event.relatedTarget as Node | null)) return;
    this.close();
    this.draft = undefined;
  }

  private handleToggle(): void {
    this.open = !this.open;
    this.activeZone = undefined;
    this.input.focus();
  }

  /** Puts the current zone back in the field, selected so that typing replaces it. */
  private restore(): void {
    this.draft = undefined;
    void this.updateComplete.then(() => this.input.select());
  }

  private close(): void {
    this.open = false;
    this.activeZone = undefined;
  }

  private choose(timeZone: string): void {
    const changed = timeZone !== this.value;
    this.value = timeZone;
    this.draft = undefined;
    this.close();
    if (changed) this.dispatchEvent(new BookafyZoneChangeEvent({ timeZone }));
  }

  /** Every zone with its offset at `now`, rebuilt when `now` changes or, unpinned, each minute. */
  private zones(): ZoneChoice[] {
    const instant = this.now ?? Date.now();
    const key = this.now ?? Math.floor(instant / MINUTE_MS);
    if (this.#zones?.key !== key) this.#zones = { key, choices: listTimeZones(instant) };
    return this.#zones.choices;
  }

  /**
   * The zones that match the draft, and the at most `MAX_SHOWN` of them in the list. Unfiltered,
   * the list is the stretch of offsets around the current zone, so it is there to land on.
   */
  private listedZones(): { matches: ZoneChoice[]; shown: ZoneChoice[] } {
    const matches = filterZones(this.zones(), this.draft ?? '');
    const current = this.draft ? -1 : matches.findIndex((zone) => zone.timeZone === this.value);
    const start = Math.max(0, Math.min(current - 10, matches.length - MAX_SHOWN));
    return { matches, shown: matches.slice(start, start + MAX_SHOWN) };
  }

  /** Opening with ArrowDown lands on the current zone when it is listed. */
  private openingIndex(shown: readonly ZoneChoice[]): number {
    return Math.max(
      shown.findIndex((choice) => choice.timeZone === this.value),
      0,
    );
  }

  /** `GMT+05:45 Asia/Kathmandu`, also for zones the list names differently (Asia/Katmandu). */
  private currentLabel(): string {
    const listed = this.zones().find((choice) => choice.timeZone === this.value);
    if (listed) return listed.label;
    try {
      const offset = zoneOffsetMinutesIntl(this.value, this.now ?? Date.now());
      return `${formatOffset(offset)} ${this.value.replaceAll('_', ' ')}`;
    } catch {
      return this.value;
    }
  }

  override render() {
    const text = messagesFor(zonePickerMessages, this.locale);
    const { matches, shown } = this.listedZones();
    const activeIndex = shown.findIndex((choice) => choice.timeZone === this.activeZone);
    const count = (total: number) => new Intl.NumberFormat(this.locale).format(total);
    const hidden = matches.length - shown.length;
    return html`
      <label id="label" for="input">${this.label ?? text.label}</label>
      <div class="field" @focusout=${this.handleFocusOut}>
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${activeIndex < 0 ? nothing : `option-${activeIndex}`}
          .value=${live(this.draft ?? this.currentLabel())}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
          @focus=${this.handleFocus}
        />
        <button
          class="toggle"
          type="button"
          tabindex="-1"
          aria-label=${text.showZones}
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="listbox"
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${this.handleToggle}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <div class="popup" ?hidden=${!this.open} @mousedown=${(e: Event) => e.preventDefault()}>
          <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label">
            ${shown.map((choice, index) => this.renderOption(choice, index === activeIndex, index))}
          </ul>
          ${matches.length === 0 ? html`<p class="note">${text.matches(0, count(0))}</p>` : nothing}
          ${hidden > 0 ? html`<p class="note">${text.more(hidden, count(hidden))}</p>` : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status">
        ${this.open ? text.matches(matches.length, count(matches.length)) : ''}
      </div>
    `;
  }

  private renderOption(choice: ZoneChoice, active: boolean, index: number) {
    const current = choice.timeZone === this.value;
    // aria-selected marks the option the arrows reached, as the combobox pattern asks. Keys
    // reach options through the field's aria-activedescendant, so only a click is heard here.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      id="option-${index}"
      role="option"
      part="option"
      aria-selected=${active ? 'true' : 'false'}
      data-zone=${choice.timeZone}
      @click=${() => this.choose(choice.timeZone)}
    >
      <span class="check" aria-hidden="true">${current ? '✓' : ''}</span>
      <span class="offset">${formatOffset(choice.offsetMinutes)}</span>
      <span>${choice.timeZone.replaceAll('_', ' ')}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-zone-picker': BookafyZonePicker;
  }
}
