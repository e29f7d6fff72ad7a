import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

import { cssProperties } from '../../directives/css-properties.js';
import type { AdminBooking, ServiceSummary, StaffSummary } from '../../internal/bookings-api.js';
import { statusText } from '../../internal/status-text.js';
import type { PlacedBooking, WeekLayout } from '../../internal/week-layout.js';
import { clockRange, serviceNameOf, staffNameOf } from './booking-text.js';

/** What the grid needs beyond the layout: names, the viewer's zone and language, and a handler. */
export interface WeekGridContext {
  staff: readonly StaffSummary[];
  services: readonly ServiceSummary[];
  timeZone: string;
  locale: string;
  /** Called with the booking and the button that asked, which takes focus back afterwards. */
  onOpen: (booking: AdminBooking, opener: HTMLElement) => void;
}

/** A local `YYYY-MM-DD` date as a day heading: "Mon 18 Jan". */
const dayLabel = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(Date.parse(date));

/** An hour of the day as the hour scale shows it: "8:00 AM", "08:00". */
const hourLabel = (hour: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(
    Date.UTC(2027, 0, 1, hour),
  );

function renderBooking(placed: PlacedBooking<AdminBooking>, day: string, context: WeekGridContext) {
  const { booking } = placed;
  const time = clockRange(booking.start, booking.end, context.timeZone, context.locale);
  const customer = booking.customer.name;
  const service = serviceNameOf(context.services, booking.serviceId);
  const staff = staffNameOf(context.staff, booking.staffId);
  const status = statusText(booking.status);
  const label = msg(str`${time} ${customer}: ${service} with ${staff}, ${status}, ${day}`, {
    id: 'bookings.week.bookingLabel',
  });
  const place = cssProperties({
    '--top': placed.top,
    '--bottom': placed.bottom,
    '--column': placed.column,
    '--columns': placed.columns,
  });
  return html`<li class="booking ${booking.status}" ${place} data-booking-id=${booking.id}>
    <button
      type="button"
      aria-label=${label}
      @click=${(event: Event) => context.onOpen(booking, event.currentTarget as HTMLElement)}
    >
      <span class="time">${time}</span>
      <span class="customer">${customer}</span>
      <span class="service">${service}</span>
    </button>
  </li>`;
}

/**
 * The week as seven columns of bookings under an hour scale. For assistive technology it is a
 * list of days, each a heading and a list of its bookings in the order they happen, each a
 * button with a full label; the placement in rows and columns is CSS alone.
 */
export function renderWeekGrid(layout: WeekLayout<AdminBooking>, context: WeekGridContext) {
  const hours = Array.from(
    { length: layout.lastHour - layout.firstHour },
    (_, index) => layout.firstHour + index,
  );
  const size = cssProperties({ '--first-hour': layout.firstHour, '--hours': hours.length });
  return html`<div class="grid" ${size}>
    <div class="hours" aria-hidden="true">
      ${hours.map((hour) => html`<span>${hourLabel(hour, context.locale)}</span>`)}
    </div>
    <ol class="days">
      ${layout.days.map((day) => {
        const label = dayLabel(day.date, context.locale);
        return html`<li class="day" data-date=${day.date}>
          <h3 id="day-${day.date}">${label}</h3>
          <div class="track">
            ${
              day.bookings.length === 0
                ? html`<p class="visually-hidden">
                    ${msg('No bookings', { id: 'bookings.week.noBookings' })}
                  </p>`
                : html`<ol class="bookings" aria-labelledby="day-${day.date}">
                    ${repeat(
                      day.bookings,
                      (placed) => placed.booking.id,
                      (placed) => renderBooking(placed, label, context),
                    )}
                  </ol>`
            }
          </div>
        </li>`;
      })}
    </ol>
  </div>`;
}
