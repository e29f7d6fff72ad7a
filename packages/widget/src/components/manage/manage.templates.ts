import { formatDateTime, parseUtcString, type Booking } from '@bookafy/sdk';
import { html, nothing } from 'lit';

import type { ShownError } from '../../internal/shown-error.js';
import type { ManageMessages } from './manage.messages.js';

/** Everything the booking's details are written with. */
export interface DetailsView {
  booking: Booking;
  serviceName: string | undefined;
  staffName: string | undefined;
  businessName: string;
  businessTimeZone: string;
  timeZone: string;
  locale: string;
  text: ManageMessages;
}

/** The failure banner: what went wrong, the request id for support, and a retry. */
export function errorTemplate(error: ShownError | undefined, text: ManageMessages) {
  if (!error) return nothing;
  const { message, requestId, retry } = error;
  return html`<div class="alert" role="alert" part="error">
    <p>${message}</p>
    ${requestId ? html`<p class="muted">${text.requestId(requestId)}</p>` : nothing}
    ${
      retry
        ? html`<button class="secondary" part="button" @click=${retry}>${text.retry}</button>`
        : nothing
    }
  </div>`;
}

/**
 * The booking's service, staff member, time in the visitor's zone and, where its clock
 * reads differently, in the business's zone, with the status and reference.
 */
export function detailsTemplate(view: DetailsView) {
  const { booking, text, locale } = view;
  const start = parseUtcString(booking.start)!;
  const visitorTime = formatDateTime(start, { locale, timeZone: view.timeZone });
  const businessTime = formatDateTime(start, { locale, timeZone: view.businessTimeZone });
  const showBusiness = view.businessTimeZone !== view.timeZone && businessTime !== visitorTime;
  return html`<dl part="details">
    ${
      view.serviceName
        ? html`<dt>${text.service}</dt>
            <dd data-testid="service">${view.serviceName}</dd>`
        : nothing
    }
    ${
      view.staffName
        ? html`<dt>${text.staff}</dt>
            <dd data-testid="staff">${view.staffName}</dd>`
        : nothing
    }
    <dt>${text.when}</dt>
    <dd data-testid="visitor-time">${visitorTime}</dd>
    ${
      showBusiness
        ? html`<dt>${text.businessTime(view.businessName)}</dt>
            <dd data-testid="business-time">${businessTime}</dd>`
        : nothing
    }
    <dt>${text.status}</dt>
    <dd data-testid="status">
      <span class="status" part="status" data-status=${booking.status}>
        ${text.statuses[booking.status]}
      </span>
    </dd>
    <dt>${text.reference}</dt>
    <dd>${booking.id}</dd>
  </dl>`;
}

/** The ways to change the booking, or the sentence saying why it cannot change. */
export function changeTemplate(
  text: ManageMessages,
  unchangeableReason: string | undefined,
  onReschedule: () => void,
  onCancel: () => void,
) {
  if (unchangeableReason) return html`<p class="note" part="note">${unchangeableReason}</p>`;
  return html`<div class="actions" part="actions">
    <button class="primary" part="button" @click=${onReschedule}>${text.reschedule}</button>
    <button class="danger" part="button" @click=${onCancel}>${text.cancel}</button>
  </div>`;
}

/** The cancel confirmation: an optional reason, then cancel or keep the booking. */
export function cancelFormTemplate(
  text: ManageMessages,
  busy: boolean,
  onSubmit: (event: SubmitEvent) => void,
  onKeep: () => void,
) {
  return html`<form part="cancel-form" @submit=${onSubmit}>
    <label for="reason">${text.reasonLabel}</label>
    <textarea id="reason" name="reason" part="reason" rows="3" maxlength="500"></textarea>
    <div class="actions" part="actions">
      <button class="danger" part="button" type="submit" ?disabled=${busy}>
        ${text.confirmCancel}
      </button>
      <button class="secondary" part="button" type="button" @click=${onKeep}>
        ${text.keepBooking}
      </button>
    </div>
  </form>`;
}
