import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';

import type { AuditEntry } from '../../internal/audit-trail.js';
import type { AdminBooking, ServiceSummary, StaffSummary } from '../../internal/bookings-api.js';
import { statusText } from '../../internal/status-text.js';
import { dayAndTimes, sameClock, serviceNameOf, staffNameOf } from './booking-text.js';

/** What the summary needs besides the booking. */
export interface SummaryContext {
  staff: readonly StaffSummary[];
  services: readonly ServiceSummary[];
  /** The viewer's zone. */
  timeZone: string;
  /** The business's zone, stated beside the viewer's where the clocks differ. */
  businessTimeZone?: string;
  locale: string;
}

const answerText = (answer: string | boolean) =>
  typeof answer === 'string'
    ? answer
    : answer
      ? msg('Yes', { id: 'bookings.details.yes' })
      : msg('No', { id: 'bookings.details.no' });

function renderAnswers(booking: AdminBooking, service: ServiceSummary | undefined) {
  const ids = Object.keys(booking.answers);
  if (ids.length === 0) return nothing;
  // In the order the service asks its questions; answers to removed questions come last.
  const order = (id: string) => {
    const index = service?.questions.findIndex((question) => question.id === id) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  ids.sort((a, b) => order(a) - order(b));
  return html`<section aria-labelledby="answers-title">
    <h3 id="answers-title">${msg('Answers', { id: 'bookings.details.answers' })}</h3>
    <dl class="answers">
      ${ids.map(
        (id) =>
          html`<dt>${service?.questions.find((question) => question.id === id)?.label ?? id}</dt>
            <dd>${answerText(booking.answers[id]!)}</dd>`,
      )}
    </dl>
  </section>`;
}

function renderMetadata(booking: AdminBooking) {
  const keys = Object.keys(booking.metadata);
  if (keys.length === 0) return nothing;
  return html`<section aria-labelledby="metadata-title">
    <h3 id="metadata-title">${msg('Metadata', { id: 'bookings.details.metadata' })}</h3>
    <dl class="metadata">
      ${keys.map(
        (key) =>
          html`<dt>${key}</dt>
            <dd>${booking.metadata[key]}</dd>`,
      )}
    </dl>
  </section>`;
}

/**
 * A booking's customer, service, staff member, status and times (in the viewer's zone, and in
 * the business's where its clocks differ), then the visitor's answers and the metadata.
 */
export function renderBookingSummary(booking: AdminBooking, context: SummaryContext) {
  const { customer } = booking;
  const { timeZone, businessTimeZone, locale } = context;
  const service = context.services.find((candidate) => candidate.id === booking.serviceId);
  const showBusiness =
    businessTimeZone !== undefined && !sameClock(booking.start, timeZone, businessTimeZone);
  const viewerTimes = dayAndTimes(booking.start, booking.end, timeZone, locale);
  return html`<dl class="summary">
      <dt>${msg('Customer', { id: 'bookings.details.customer' })}</dt>
      <dd class="customer">${customer.name}</dd>
      <dt>${msg('Email', { id: 'bookings.details.email' })}</dt>
      <dd><a href="mailto:${customer.email}">${customer.email}</a></dd>
      ${
        customer.phone
          ? html`<dt>${msg('Phone', { id: 'bookings.details.phone' })}</dt>
              <dd><a href="tel:${customer.phone}">${customer.phone}</a></dd>`
          : nothing
      }
      <dt>${msg('Service', { id: 'bookings.details.service' })}</dt>
      <dd class="service">${serviceNameOf(context.services, booking.serviceId)}</dd>
      <dt>${msg('Staff member', { id: 'bookings.staffMember' })}</dt>
      <dd class="staff">${staffNameOf(context.staff, booking.staffId)}</dd>
      <dt>${msg('Status', { id: 'bookings.details.status' })}</dt>
      <dd class="status">${statusText(booking.status)}</dd>
      <dt>${msg('Time', { id: 'bookings.details.time' })}</dt>
      <dd class="viewer-time">
        ${msg(str`${viewerTimes} (${timeZone})`, { id: 'bookings.details.timeIn' })}
      </dd>
      ${
        showBusiness
          ? html`<dt>${msg('At the business', { id: 'bookings.details.businessTime' })}</dt>
              <dd class="business-time">
                ${msg(
                  str`${dayAndTimes(booking.start, booking.end, businessTimeZone, locale)} (${businessTimeZone})`,
                  { id: 'bookings.details.timeIn' },
                )}
              </dd>`
          : nothing
      }
    </dl>
    ${renderAnswers(booking, service)} ${renderMetadata(booking)}`;
}

/** A booking's audit trail as an ordered list, oldest first. */
export function renderAuditTrail(entries: readonly AuditEntry[]) {
  return html`<section aria-labelledby="history-title">
    <h3 id="history-title">${msg('History', { id: 'bookings.details.history' })}</h3>
    <ol class="history">
      ${entries.map(
        (entry) =>
          html`<li data-event-id=${entry.id}>
            <time datetime=${entry.at}>${entry.when}</time>: <span class="what">${entry.what}</span>
            <span class="who">${entry.who}</span>${
              entry.change ? html`. <span class="change">${entry.change}</span>` : nothing
            }
          </li>`,
      )}
    </ol>
  </section>`;
}
