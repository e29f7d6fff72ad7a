import {
  formatDateTime,
  formatLocalDate,
  type BookafyClient,
  type Booking,
  type Bootstrap,
  type LocalDate,
  type PublicService,
} from '@bookafy/sdk';
import { html, nothing, type TemplateResult } from 'lit';

import type { BookafyDateSelectEvent } from '../../events/date-select.js';
import type { BookafyDetailsSubmitEvent } from '../../events/details-submit.js';
import type { BookafyMonthChangeEvent } from '../../events/month-change.js';
import type { BookafyServiceSelectEvent } from '../../events/service-select.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import type { BookafyStaffSelectEvent } from '../../events/staff-select.js';
import type { BookafyZoneChangeEvent } from '../../events/zone-change.js';
import type { LocalSlot } from '../../internal/local-slot.js';
import { calendarFileUrl, manageUrl } from '../../internal/manage-links.js';
import type { MonthSlots } from '../../internal/month-slots.js';
import { monthOf } from '../../internal/month.js';
import type { ShownError } from '../../internal/shown-error.js';
import { emptyValues } from '../booking-form/booking-form.fields.js';
import type { FormValues, Prefill } from '../booking-form/booking-form.js';
import type { widgetMessages } from './widget.messages.js';

// The inner elements' parts, renamed where two elements use the same name, so a page styles
// them through the widget (`bookafy-widget::part(day-selected)`).
const CALENDAR_PARTS =
  'header: calendar-header, nav-button, title: calendar-title, grid: calendar-grid, weekday, ' +
  'day, day-available, day-selected';
const TIME_PARTS = 'heading: times-heading, time, business-time, empty: no-times';
const CONFIRMATION_PARTS =
  'heading: confirmation-heading, details: confirmation-details, add-to-calendar, ' +
  'calendar-link, ics-link, google-link, manage-link';
const MANAGE_PARTS =
  'base: manage, details: manage-details, status: booking-status, note: manage-note, ' +
  'actions: manage-actions, button: manage-button, notice: manage-notice, cancel-form, ' +
  'reason: cancel-reason, error: manage-error';

/** The steps of the flow; `manage` shows an existing booking instead. */
export type Step =
  | 'loading'
  | 'services'
  | 'staff'
  | 'calendar'
  | 'details'
  | 'confirmed'
  | 'unavailable'
  | 'manage';

/** Everything the widget's templates read, gathered once per render. */
export interface WidgetView {
  step: Step;
  text: (typeof widgetMessages)['en'];
  locale: string;
  dir: 'ltr' | 'rtl';
  theme: string | undefined;
  baseUrl: string;
  bootstrap: Bootstrap | undefined;
  service: PublicService | undefined;
  error: ShownError | undefined;
  notice: string | undefined;
  alternatives: readonly LocalSlot[];
  /** The zone every time is shown in. */
  zone: string;
  /** True when the service shows the business's zone only. */
  zoneLocked: boolean;
  slots: MonthSlots;
  today: LocalDate;
  lastMonth: string | undefined;
  selectedDate: LocalDate | undefined;
  selectedSlot: LocalSlot | undefined;
  previousStep: 'staff' | 'services' | undefined;
  booking: Booking | undefined;
  submitting: boolean;
  form: {
    values: FormValues | undefined;
    prefill: Prefill;
    lockPrefill: boolean;
    askPhone: boolean;
  };
  manage: { client: BookafyClient | undefined; bookingId?: string; token?: string };
  on: {
    serviceSelect: (event: BookafyServiceSelectEvent) => void;
    staffSelect: (event: BookafyStaffSelectEvent) => void;
    monthChange: (event: BookafyMonthChangeEvent) => void;
    dateSelect: (event: BookafyDateSelectEvent) => void;
    slotSelect: (event: BookafySlotSelectEvent) => void;
    zoneChange: (event: BookafyZoneChangeEvent) => void;
    detailsSubmit: (event: BookafyDetailsSubmitEvent) => void;
    back: (step: 'services' | 'staff' | 'calendar') => void;
  };
}

/** The whole widget: error banner, the current step and the plan's credit line. */
export function renderWidget(view: WidgetView) {
  const credit = view.bootstrap && !view.bootstrap.account.features.removeBranding;
  return html`<div class="frame" dir=${view.dir} lang=${view.locale}>
    ${errorTemplate(view)} ${steps[view.step](view)}
    ${credit ? html`<p class="powered-by" part="powered-by">${view.text.poweredBy}</p>` : nothing}
  </div>`;
}

/** The failure banner: what went wrong, the request id for support, and a retry. */
function errorTemplate({ error, text }: WidgetView) {
  if (!error) return nothing;
  const { message, requestId, retry } = error;
  return html`<div class="alert" role="alert" part="error">
    ${message}
    ${requestId ? html`<span class="muted">${text.reference(requestId)}</span>` : nothing}
    ${retry ? html`<button class="retry" @click=${retry}>${text.tryAgain}</button>` : nothing}
  </div>`;
}

const steps: Record<Step, (view: WidgetView) => TemplateResult | typeof nothing> = {
  loading: ({ text }) =>
    html`<div class="skeleton" role="status" aria-label=${text.loading}>
      <div class="bone"></div>
      <div class="bone"></div>
      <div class="bone short"></div>
    </div>`,
  unavailable: ({ text }) => html`<p>${text.unavailable}</p>`,
  services: (view) =>
    html`<h2 tabindex="-1">${view.text.chooseService(view.bootstrap?.account.name ?? '')}</h2>
      <bookafy-service-list
        exportparts="service, service-name, service-duration, service-description"
        theme=${view.theme ?? nothing}
        .services=${view.bootstrap?.services ?? []}
        .locale=${view.locale}
        @bookafy-service-select=${view.on.serviceSelect}
      ></bookafy-service-list>`,
  staff: (view) => {
    const service = view.service;
    if (!service) return nothing;
    const offering = (view.bootstrap?.staff ?? []).filter((member) =>
      service.staffIds.includes(member.id),
    );
    return html`<h2 tabindex="-1">${view.text.withWhom(service.name)}</h2>
      ${backButton(view, view.bootstrap!.services.length > 1 ? 'services' : undefined)}
      <bookafy-staff-list
        exportparts="staff, staff-name"
        theme=${view.theme ?? nothing}
        .staff=${offering}
        .locale=${view.locale}
        @bookafy-staff-select=${view.on.staffSelect}
      ></bookafy-staff-list>`;
  },
  calendar: (view) => calendarTemplate(view),
  details: (view) => detailsTemplate(view),
  confirmed: (view) => confirmationTemplate(view),
  manage: (view) =>
    html`<bookafy-manage
      exportparts=${MANAGE_PARTS}
      theme=${view.theme ?? nothing}
      .client=${view.manage.client}
      .bookingId=${view.manage.bookingId}
      .token=${view.manage.token}
      .bootstrap=${view.bootstrap}
      .timeZone=${view.zone}
      .locale=${view.locale}
    ></bookafy-manage>`,
};

function backButton(view: WidgetView, step: 'services' | 'staff' | 'calendar' | undefined) {
  if (!step) return nothing;
  const label = step === 'calendar' ? view.text.changeTime : view.text.back;
  return html`<button class="back" part="back" @click=${() => view.on.back(step)}>
    ${label}
  </button>`;
}

/** The times a list shows beside the visitor's: the business's, unless they are the same. */
function businessZoneBeside(view: WidgetView): string | undefined {
  return view.zoneLocked ? undefined : view.bootstrap?.account.timeZone;
}

function zoneTemplate(view: WidgetView) {
  if (view.zoneLocked) {
    const zone = view.zone.replaceAll('_', ' ');
    return html`<p class="muted" part="zone-note">${view.text.timesAtBusiness(zone)}</p>`;
  }
  return html`<bookafy-zone-picker
    part="zone-picker"
    exportparts="input: zone-input, listbox: zone-listbox, option: zone-option"
    theme=${view.theme ?? nothing}
    .value=${view.zone}
    .locale=${view.locale}
    @bookafy-zone-change=${view.on.zoneChange}
  ></bookafy-zone-picker>`;
}

function calendarTemplate(view: WidgetView) {
  const { slots, selectedDate, text } = view;
  const daySlots = selectedDate ? (slots.byDate.get(selectedDate) ?? []) : [];
  const times = {
    timeZone: view.zone,
    businessTimeZone: businessZoneBeside(view),
    locale: view.locale,
  };
  return html`<h2 tabindex="-1">${text.chooseDay(view.service?.name ?? '')}</h2>
    ${backButton(view, view.previousStep)}
    ${
      view.notice
        ? html`<div class="alert" role="status">
            <p>${view.notice}</p>
            ${
              view.alternatives.length
                ? html`<bookafy-time-list
                    theme=${view.theme ?? nothing}
                    .slots=${view.alternatives}
                    .timeZone=${times.timeZone}
                    .businessTimeZone=${times.businessTimeZone}
                    .locale=${times.locale}
                    @bookafy-slot-select=${view.on.slotSelect}
                  ></bookafy-time-list>`
                : nothing
            }
          </div>`
        : nothing
    }
    <bookafy-calendar
      exportparts=${CALENDAR_PARTS}
      theme=${view.theme ?? nothing}
      .month=${slots.month}
      .availableDates=${[...slots.byDate.keys()]}
      .selectedDate=${selectedDate}
      .minMonth=${monthOf(view.today)}
      .maxMonth=${view.lastMonth}
      .locale=${view.locale}
      aria-busy=${slots.loading ? 'true' : 'false'}
      @bookafy-month-change=${view.on.monthChange}
      @bookafy-date-select=${view.on.dateSelect}
    ></bookafy-calendar>
    ${zoneTemplate(view)}
    ${
      selectedDate
        ? html`<bookafy-time-list
            class="day-times"
            exportparts=${TIME_PARTS}
            theme=${view.theme ?? nothing}
            .heading=${formatLocalDate(selectedDate, view.locale)}
            .slots=${daySlots}
            .timeZone=${times.timeZone}
            .businessTimeZone=${times.businessTimeZone}
            .locale=${times.locale}
            .selectedStart=${view.selectedSlot?.start}
            @bookafy-slot-select=${view.on.slotSelect}
          ></bookafy-time-list>`
        : nothing
    }`;
}

function detailsTemplate(view: WidgetView) {
  const slot = view.selectedSlot;
  const service = view.service;
  return html`<h2 tabindex="-1">${view.text.yourDetails}</h2>
    ${backButton(view, 'calendar')}
    ${
      slot
        ? html`<p class="summary" part="summary">
            ${service?.name}<br />
            ${formatDateTime(slot.start, { locale: view.locale, timeZone: view.zone })}
          </p>`
        : nothing
    }
    <bookafy-booking-form
      exportparts="form, field, label, input, select, checkbox, submit, error: field-error"
      theme=${view.theme ?? nothing}
      .questions=${service?.questions ?? []}
      .values=${view.form.values ?? emptyValues}
      .askPhone=${view.form.askPhone}
      .prefill=${view.form.prefill}
      .lockPrefill=${view.form.lockPrefill}
      .locale=${view.locale}
      ?busy=${view.submitting}
      @bookafy-details-submit=${view.on.detailsSubmit}
    ></bookafy-booking-form>`;
}

/** The booked appointment, in the visitor's zone and the business's, with its links. */
function confirmationTemplate(view: WidgetView) {
  const { booking, bootstrap } = view;
  const token = booking?.manageToken;
  const slug = bootstrap?.account.slug;
  return html`<bookafy-confirmation
    part="confirmation"
    exportparts=${CONFIRMATION_PARTS}
    theme=${view.theme ?? nothing}
    .booking=${booking}
    .serviceName=${view.service?.name ?? ''}
    .businessName=${bootstrap?.account.name ?? ''}
    .businessTimeZone=${businessZoneBeside(view) ?? view.zone}
    .timeZone=${view.zone}
    .locale=${view.locale}
    .calendarUrl=${booking && token ? calendarFileUrl(view.baseUrl, booking.id, token) : undefined}
    .manageUrl=${
      booking && token && slug ? manageUrl(view.baseUrl, slug, booking.id, token) : undefined
    }
  ></bookafy-confirmation>`;
}
