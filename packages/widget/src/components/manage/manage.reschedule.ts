import { formatDateTime, formatLocalDate, formatZoneName, type LocalDate } from '@bookafy/sdk';
import { html, nothing } from 'lit';

import type { BookafyDateSelectEvent } from '../../events/date-select.js';
import type { BookafyMonthChangeEvent } from '../../events/month-change.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import type { LocalSlot } from '../../internal/local-slot.js';
import type { Month } from '../../internal/month.js';
import type { ManageMessages } from './manage.messages.js';

/** The zones, locale and words every step of a reschedule states times with. */
export interface TimesView {
  text: ManageMessages;
  locale: string;
  timeZone: string;
  businessTimeZone: string;
  businessName: string;
  /** The booking's current start, epoch milliseconds. */
  bookedStart: number;
  now: number;
}

/** The new-time step: the month's free days, then the chosen day's free times. */
export interface RescheduleView extends TimesView {
  month: Month;
  byDate: ReadonlyMap<LocalDate, readonly LocalSlot[]>;
  loading: boolean;
  minMonth: Month;
  maxMonth: Month | undefined;
  selectedDate: LocalDate | undefined;
  notice: string | undefined;
  onBack: () => void;
  onMonthChange: (event: BookafyMonthChangeEvent) => void;
  onDateSelect: (event: BookafyDateSelectEvent) => void;
  onSlotSelect: (event: BookafySlotSelectEvent) => void;
}

/** The confirmation of a chosen new time, before the booking moves. */
export interface ConfirmMoveView extends TimesView {
  slot: LocalSlot;
  busy: boolean;
  onConfirm: () => void;
  onChooseAnother: () => void;
}

/** A calendar limited like the booking flow's, and the times of the chosen day. */
export function rescheduleTemplate(view: RescheduleView) {
  const { text, locale, timeZone } = view;
  const zone = { locale, timeZone };
  const daySlots = view.selectedDate ? (view.byDate.get(view.selectedDate) ?? []) : [];
  return html`<h2 tabindex="-1">${text.rescheduleHeading}</h2>
    <button class="back" part="button" @click=${view.onBack}>${text.backToBooking}</button>
    <p class="muted">${text.currently(formatDateTime(view.bookedStart, zone))}</p>
    ${view.notice ? html`<p class="notice" part="notice">${view.notice}</p>` : nothing}
    <bookafy-calendar
      exportparts="day, day-available, day-selected"
      .month=${view.month}
      .availableDates=${[...view.byDate.keys()]}
      .selectedDate=${view.selectedDate}
      .minMonth=${view.minMonth}
      .maxMonth=${view.maxMonth}
      .locale=${locale}
      aria-busy=${view.loading ? 'true' : 'false'}
      @bookafy-month-change=${view.onMonthChange}
      @bookafy-date-select=${view.onDateSelect}
    ></bookafy-calendar>
    <p class="muted">${text.timesShownIn(formatZoneName(view.now, zone))}</p>
    ${
      view.selectedDate
        ? html`<bookafy-time-list
            class="day-times"
            exportparts="time, business-time"
            .heading=${formatLocalDate(view.selectedDate, locale)}
            .slots=${daySlots}
            .timeZone=${timeZone}
            .businessTimeZone=${view.businessTimeZone}
            .locale=${locale}
            @bookafy-slot-select=${view.onSlotSelect}
          ></bookafy-time-list>`
        : nothing
    }`;
}

/** "Move to …?", with the business's time when its clock differs, and the current time. */
export function confirmMoveTemplate(view: ConfirmMoveView) {
  const { text, locale, timeZone, businessTimeZone, slot } = view;
  const visitorTime = formatDateTime(slot.start, { locale, timeZone });
  const businessTime = formatDateTime(slot.start, { locale, timeZone: businessTimeZone });
  return html`<h2 tabindex="-1">${text.moveTo(visitorTime)}</h2>
    ${
      businessTimeZone !== timeZone && businessTime !== visitorTime
        ? html`<p data-testid="business-time">
            ${text.businessTime(view.businessName)}: ${businessTime}
          </p>`
        : nothing
    }
    <p class="muted">${text.currently(formatDateTime(view.bookedStart, { locale, timeZone }))}</p>
    <div class="actions" part="actions">
      <button class="primary" part="button" ?disabled=${view.busy} @click=${view.onConfirm}>
        ${text.confirmMove}
      </button>
      <button class="secondary" part="button" @click=${view.onChooseAnother}>
        ${text.chooseAnother}
      </button>
    </div>`;
}
