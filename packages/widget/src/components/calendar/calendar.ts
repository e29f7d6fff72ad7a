import { formatLocalDate, type LocalDate } from '@bookafy/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { BookafyDateSelectEvent } from '../../events/date-select.js';
import { BookafyMonthChangeEvent } from '../../events/month-change.js';
import { messagesFor } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import {
  addDays,
  addMonths,
  addMonthsToDate,
  monthGrid,
  monthOf,
  type Month,
} from '../../internal/month.js';
import { tokens, type Theme } from '../../styles/tokens.js';
import { calendarMessages } from './calendar.messages.js';
import { calendarStyles } from './calendar.styles.js';

/** A Monday, from which the weekday headers are named. */
const A_MONDAY = '2024-01-01';

/**
 * A month grid that marks the days with free times, following the WAI-ARIA grid pattern:
 * one day is in the tab order, arrows move by day and week, Home/End to the week's ends,
 * PageUp/PageDown by month (with Shift by year), Enter or Space chooses. When the element's
 * computed direction is right-to-left (`dir="rtl"` on it or an ancestor), the grid runs from
 * the right and ArrowLeft/ArrowRight follow what the visitor sees: ArrowLeft goes to the
 * next day.
 *
 * @tagname bookafy-calendar
 * @summary Month calendar with the days that have free times marked.
 * @event bookafy-date-select - The visitor chose a day that has free times.
 * @event bookafy-month-change - The visitor moved to another month.
 * @csspart header - The row with the month title and the navigation buttons.
 * @csspart nav-button - The previous and next month buttons.
 * @csspart title - The month title.
 * @csspart grid - The table of days.
 * @csspart weekday - A weekday name above the days.
 * @csspart day - A day button; also `day-available` and `day-selected` where they apply.
 * @cssproperty --bookafy-target-size - The size of a day and of the month buttons.
 */
export class BookafyCalendar extends LitElement {
  static override styles = [tokens, calendarStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  @state() private focusedDate: LocalDate | undefined;

  /** The month shown, `YYYY-MM`. */
  @property() month: Month = '1970-01';

  /** Days (`YYYY-MM-DD`) that have at least one free time. */
  @property({ attribute: false }) availableDates: readonly LocalDate[] = [];

  /** The chosen day, if any. */
  @property({ attribute: false }) selectedDate: LocalDate | undefined;

  /** The earliest month the visitor may move to. */
  @property({ attribute: false }) minMonth: Month | undefined;

  /** The latest month the visitor may move to. */
  @property({ attribute: false }) maxMonth: Month | undefined;

  /** BCP 47 locale of the labels, the month title and the weekday names. */
  @property() locale = 'en';

  /** The colour theme; reflected, because the styles select on it. */
  @property({ reflect: true }) theme: Theme | undefined;

  #moveFocusAfterRender = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') && (!this.focusedDate || monthOf(this.focusedDate) !== this.month)) {
      this.focusedDate = this.defaultFocusDate();
    }
  }

  protected override updated(): void {
    if (!this.#moveFocusAfterRender) return;
    this.#moveFocusAfterRender = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button[tabindex="0"].day')?.focus();
  }

  private handleKeydown(event: KeyboardEvent): void {
    const from = this.focusedDate;
    if (!from) return;
    const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
    const moves: Record<string, () => LocalDate> = {
      ArrowLeft: () => addDays(from, this.isRtl() ? 1 : -1),
      ArrowRight: () => addDays(from, this.isRtl() ? -1 : 1),
      ArrowUp: () => addDays(from, -7),
      ArrowDown: () => addDays(from, 7),
      Home: () => addDays(from, -weekday),
      End: () => addDays(from, 6 - weekday),
      PageUp: () => addMonthsToDate(from, event.shiftKey ? -12 : -1),
      PageDown: () => addMonthsToDate(from, event.shiftKey ? 12 : 1),
    };
    const move = moves[event.key];
    if (!move) return;

    event.preventDefault();
    this.moveFocusTo(move());
  }

  private handleFocusIn(event: FocusEvent): void {
    const date = (event.target as HTMLElement).dataset['date'];
    if (date) this.focusedDate = date;
  }

  private handleDayClick(date: LocalDate): void {
    this.focusedDate = date;
    if (!this.availableDates.includes(date)) return;
    this.dispatchEvent(new BookafyDateSelectEvent({ date }));
  }

  private handleNavigate(count: number): void {
    const month = addMonths(this.month, count);
    if (!this.isMonthAllowed(month)) return;
    this.month = month;
    this.focusedDate = this.defaultFocusDate();
    this.dispatchEvent(new BookafyMonthChangeEvent({ month }));
  }

  private moveFocusTo(date: LocalDate): void {
    const month = monthOf(date);
    if (!this.isMonthAllowed(month)) return;
    this.focusedDate = date;
    this.#moveFocusAfterRender = true;
    if (month !== this.month) {
      this.month = month;
      this.dispatchEvent(new BookafyMonthChangeEvent({ month }));
    }
  }

  private isMonthAllowed(month: Month): boolean {
    return (!this.minMonth || month >= this.minMonth) && (!this.maxMonth || month <= this.maxMonth);
  }

  private isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  /** The selected day, else the first available day, else the first of the month. */
  private defaultFocusDate(): LocalDate {
    if (this.selectedDate && monthOf(this.selectedDate) === this.month) return this.selectedDate;
    return this.availableDates.find((date) => monthOf(date) === this.month) ?? `${this.month}-01`;
  }

  override render() {
    const text = messagesFor(calendarMessages, this.locale);
    const title = formatLocalDate(`${this.month}-01`, this.locale, {
      month: 'long',
      year: 'numeric',
    });
    return html`
      <div class="header" part="header">
        <button
          class="nav"
          part="nav-button"
          aria-label=${text.previousMonth}
          ?disabled=${!this.isMonthAllowed(addMonths(this.month, -1))}
          @click=${() => this.handleNavigate(-1)}
        >
          ‹
        </button>
        <h3 id="title" part="title" aria-live="polite">${title}</h3>
        <button
          class="nav"
          part="nav-button"
          aria-label=${text.nextMonth}
          ?disabled=${!this.isMonthAllowed(addMonths(this.month, 1))}
          @click=${() => this.handleNavigate(1)}
        >
          ›
        </button>
      </div>
      <table
        role="grid"
        aria-labelledby="title"
        part="grid"
        @keydown=${this.handleKeydown}
        @focusin=${this.handleFocusIn}
      >
        <thead>
          <tr>
            ${[0, 1, 2, 3, 4, 5, 6].map((offset) => {
              const date = addDays(A_MONDAY, offset);
              return html`<th
                scope="col"
                part="weekday"
                abbr=${formatLocalDate(date, this.locale, { weekday: 'long' })}
              >
                ${formatLocalDate(date, this.locale, { weekday: 'narrow' })}
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${monthGrid(this.month).map(
            (week) =>
              html`<tr>
                ${week.map((date) => (date ? this.renderDay(date) : html`<td></td>`))}
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private renderDay(date: LocalDate) {
    const available = this.availableDates.includes(date);
    const selected = date === this.selectedDate;
    const fullDate = formatLocalDate(date, this.locale);
    const label = available
      ? fullDate
      : messagesFor(calendarMessages, this.locale).dayWithoutTimes(fullDate);
    const parts = ['day', available ? 'day-available' : '', selected ? 'day-selected' : ''];
    return html`<td aria-selected=${selected ? 'true' : 'false'}>
      <button
        class="day"
        part=${parts.filter(Boolean).join(' ')}
        tabindex=${date === this.focusedDate ? 0 : -1}
        aria-label=${label}
        aria-disabled=${available ? nothing : 'true'}
        ?data-available=${available}
        data-date=${date}
        @click=${() => this.handleDayClick(date)}
      >
        ${formatLocalDate(date, this.locale, { day: 'numeric' })}
      </button>
    </td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-calendar': BookafyCalendar;
  }
}
