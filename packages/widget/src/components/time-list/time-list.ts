import { formatBesideBusiness, formatLongDate, toUtcString } from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { BookafySlotSelectEvent } from '../../events/slot-select.js';
import { messagesFor } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import type { LocalSlot } from '../../internal/local-slot.js';
import { tokens, type Theme } from '../../styles/tokens.js';
import { timeListMessages } from './time-list.messages.js';
import { timeListStyles } from './time-list.styles.js';

/**
 * The free times of one day, labelled in the visitor's zone; where the business's zone
 * differs, each time also shows the business's wall clock.
 *
 * @tagname bookafy-time-list
 * @summary The times of the chosen day.
 * @event bookafy-slot-select - The visitor chose a time.
 * @csspart heading - The heading above the times, when there is one.
 * @csspart list - The list of times.
 * @csspart time - A time button.
 * @csspart business-time - The business's time under a time, when the zones differ.
 * @csspart empty - The sentence shown when the day has no free times.
 * @cssproperty --bookafy-target-size - The least height of a time button.
 */
export class BookafyTimeList extends LitElement {
  static override styles = [tokens, timeListStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  /** The slots of the day, sorted. */
  @property({ attribute: false }) slots: readonly LocalSlot[] = [];

  /** The zone the times are shown in: the visitor's. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /** The business's zone; shown beside each time when it differs from `timeZone`. */
  @property({ attribute: 'business-time-zone' }) businessTimeZone: string | undefined;

  /** BCP 47 locale of the labels. */
  @property() locale = 'en';

  /** The colour theme; reflected, because the styles select on it. */
  @property({ reflect: true }) theme: Theme | undefined;

  /** A heading above the times, such as the day they are on. */
  @property() heading: string | undefined;

  /** The start of the chosen slot, epoch milliseconds. */
  @property({ attribute: false }) selectedStart: number | undefined;

  private handleSelect(slot: LocalSlot): void {
    this.dispatchEvent(
      new BookafySlotSelectEvent({ start: toUtcString(slot.start), staffIds: slot.staffIds }),
    );
  }

  override render() {
    const text = messagesFor(timeListMessages, this.locale);
    const heading = this.heading ? html`<h3 part="heading">${this.heading}</h3>` : nothing;
    if (this.slots.length === 0) {
      return html`${heading}
        <p class="empty" part="empty">${text.noFreeTimes}</p>`;
    }
    return html`${heading}
      <ul part="list" aria-label=${this.heading ?? text.freeTimes}>
        ${this.slots.map((slot) => this.renderSlot(slot))}
      </ul>`;
  }

  private renderSlot(slot: LocalSlot) {
    const zone = { locale: this.locale, timeZone: this.timeZone };
    const { visitor: time, business } = formatBesideBusiness(slot.start, {
      ...zone,
      businessTimeZone: this.businessTimeZone,
    });
    // The visible text leads the name (WCAG 2.5.3); the date follows for screen readers.
    const date = formatLongDate(slot.start, zone);
    const label = messagesFor(timeListMessages, this.locale).timeLabel({ time, business, date });
    return html`<li>
      <button
        class="time"
        part="time"
        aria-label=${label}
        aria-pressed=${slot.start === this.selectedStart ? 'true' : 'false'}
        @click=${() => this.handleSelect(slot)}
      >
        <span>${time}</span>
        ${business ? html`<span class="business" part="business-time">${business}</span>` : nothing}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-time-list': BookafyTimeList;
  }
}
