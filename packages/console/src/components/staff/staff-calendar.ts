import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import {
  addDays,
  addMonths,
  addMonthsToDate,
  fullDate,
  isoWeekday,
  monthWeeks,
  weekdayNames,
  type Month,
} from '../../internal/schedule-month.js';
import { pageStyles } from '../../styles/page.styles.js';
import { DayChooseEvent } from './day-choose-event.js';
import { MonthChangeEvent } from './month-change-event.js';

/** What a staff member's calendar marks on one date. */
export interface DayMark {
  /** A date override: custom hours, or closed all day. */
  override?: 'custom' | 'closed';
  /** The custom hours as the owner reads them, such as "10:00–14:00". */
  hours?: string;
  /** Some time off overlaps the date. */
  timeOff?: boolean;
}

/**
 * @summary A month of a staff member's dates following the WAI-ARIA grid pattern: one date in
 * the tab order, arrows move by day and week, Home and End to the week's ends, PageUp and
 * PageDown by month (with Shift by year), Enter or Space chooses. Dates with custom hours, closed
 * dates and dates with time off are marked, in the label too.
 *
 * @event bookafy-day-choose - The owner chose a date.
 * @event bookafy-month-change - The owner moved to another month.
 */
@localized()
export class BookafyConsoleStaffCalendar extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .header {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      h5 {
        flex: 1;
        margin: 0;
        font-size: 1rem;
        text-align: center;
      }
      table {
        table-layout: fixed;
        max-width: 28rem;
      }
      th,
      td {
        padding: 0.125rem;
        text-align: center;
        border: none;
      }
      button.day {
        width: 100%;
        min-width: 2.25rem;
        min-height: 2.75rem;
        padding: 0.125rem;
        border-color: #d1d5db;
      }
      .marks {
        display: flex;
        gap: 2px;
        justify-content: center;
        height: 0.5rem;
      }
      .marks i {
        width: 0.5rem;
        height: 0.5rem;
        border-radius: 50%;
      }
      .custom {
        background: #1d4ed8;
      }
      .closed {
        background: #4b5563;
      }
      .off {
        background: #c2410c;
      }
      .today {
        font-weight: 700;
        text-decoration: underline;
      }
      [aria-selected='true'] button {
        color: #fff;
        background: #1e3a8a;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        padding: 0;
        list-style: none;
        font-size: 0.875rem;
      }
      .legend i {
        display: inline-block;
        width: 0.625rem;
        height: 0.625rem;
        margin-inline-end: 0.25rem;
        border-radius: 50%;
      }
    `,
  ];

  /** The month shown, `YYYY-MM`. */
  @property() month: Month = '1970-01';

  /** Today's date in the staff member's zone. */
  @property() today = '';

  /** The chosen date, if any. */
  @property({ attribute: false }) selectedDate?: string;

  /** The marks of the month's dates. */
  @property({ attribute: false }) marks = new Map<string, DayMark>();

  @state() private focusedDate = '';

  private moveFocusAfterRender = false;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('month') && this.focusedDate.slice(0, 7) !== this.month) {
      const { selectedDate, today } = this;
      if (selectedDate?.startsWith(this.month)) this.focusedDate = selectedDate;
      else if (today.startsWith(this.month)) this.focusedDate = today;
      else this.focusedDate = `${this.month}-01`;
    }
  }

  override updated() {
    if (!this.moveFocusAfterRender) return;
    this.moveFocusAfterRender = false;
    this.renderRoot.querySelector<HTMLElement>('button.day[tabindex="0"]')?.focus();
  }

  private handleKeydown(event: KeyboardEvent) {
    const from = this.focusedDate;
    const weekday = isoWeekday(from) - 1;
    const years = event.shiftKey ? 12 : 1;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(from, -1),
      ArrowRight: () => addDays(from, 1),
      ArrowUp: () => addDays(from, -7),
      ArrowDown: () => addDays(from, 7),
      Home: () => addDays(from, -weekday),
      End: () => addDays(from, 6 - weekday),
      PageUp: () => addMonthsToDate(from, -years),
      PageDown: () => addMonthsToDate(from, years),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.focusDate(move());
  }

  private focusDate(date: string) {
    this.focusedDate = date;
    this.moveFocusAfterRender = true;
    const month = date.slice(0, 7);
    if (month !== this.month) {
      this.month = month;
      this.dispatchEvent(new MonthChangeEvent(month));
    }
  }

  private handleNavigate(count: number) {
    this.month = addMonths(this.month, count);
    this.dispatchEvent(new MonthChangeEvent(this.month));
  }

  private handleChoose(date: string) {
    this.focusedDate = date;
    this.dispatchEvent(new DayChooseEvent(date));
  }

  /** A date's label: the full date, then what is marked on it. */
  private labelOf(date: string, locale: string): string {
    const day = fullDate(date, locale);
    const mark = this.marks.get(date) ?? {};
    const parts = [day];
    if (date === this.today) parts.push(msg('today', { id: 'staff.today' }));
    if (mark.override === 'closed') parts.push(msg('closed', { id: 'staff.markClosed' }));
    if (mark.override === 'custom') {
      const hours = mark.hours ?? '';
      parts.push(msg(str`custom hours ${hours}`, { id: 'staff.markCustom' }));
    }
    if (mark.timeOff) parts.push(msg('time off', { id: 'staff.markTimeOff' }));
    return parts.join(', ');
  }

  private renderDay(date: string, locale: string) {
    const mark = this.marks.get(date) ?? {};
    const selected = date === this.selectedDate;
    return html`<td role="gridcell" aria-selected=${selected ? 'true' : 'false'}>
      <button
        type="button"
        class="day ${date === this.today ? 'today' : ''}"
        data-date=${date}
        tabindex=${date === this.focusedDate ? 0 : -1}
        aria-label=${this.labelOf(date, locale)}
        @click=${() => this.handleChoose(date)}
        @focus=${() => (this.focusedDate = date)}
      >
        ${Number(date.slice(8))}
        <span class="marks" aria-hidden="true">
          ${mark.override ? html`<i class=${mark.override}></i>` : nothing}
          ${mark.timeOff ? html`<i class="off"></i>` : nothing}
        </span>
      </button>
    </td>`;
  }

  override render() {
    const locale = currentLocale();
    const title = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${this.month}-01T00:00:00Z`));
    const long = weekdayNames(locale);
    const short = weekdayNames(locale, 'short');
    return html`
      <div class="header">
        <button
          type="button"
          aria-label=${msg('Previous month', { id: 'staff.previousMonth' })}
          @click=${() => this.handleNavigate(-1)}
        >
          ‹
        </button>
        <h5 id="month-title" aria-live="polite">${title}</h5>
        <button
          type="button"
          aria-label=${msg('Next month', { id: 'staff.nextMonth' })}
          @click=${() => this.handleNavigate(1)}
        >
          ›
        </button>
      </div>
      <table role="grid" aria-labelledby="month-title" @keydown=${this.handleKeydown}>
        <thead>
          <tr>
            ${short.map((name, index) => html`<th scope="col" abbr=${long[index]!}>${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(this.month).map(
            (week) =>
              html`<tr>
                ${week.map((date) =>
                  date ? this.renderDay(date, locale) : html`<td role="gridcell"></td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
      <ul class="legend">
        <li><i class="custom"></i>${msg('custom hours', { id: 'staff.legendCustom' })}</li>
        <li><i class="closed"></i>${msg('closed', { id: 'staff.markClosed' })}</li>
        <li><i class="off"></i>${msg('time off', { id: 'staff.markTimeOff' })}</li>
      </ul>
    `;
  }
}
