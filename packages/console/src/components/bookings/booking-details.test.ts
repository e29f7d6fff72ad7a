import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { switchLocale } from '../../i18n/localization.js';
import type { AdminBooking, BookingEvent } from '../../internal/bookings-api.js';
import { currentSession, type Me } from '../../internal/console-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleBookingDetails } from './booking-details.js';
import type { BookafyConsoleBookingReschedule } from './booking-reschedule.js';
import {
  bookAt,
  bookingItem,
  DEMO,
  expectFocusOn,
  wallClock,
  until,
  weekAhead,
} from './bookings.test-support.js';
import type { BookafyConsoleWeek } from './week-page.js';

const week = weekAhead();
let me: Me;

/** Services the tests made, archived once they are done so that no other test is offered them. */
const servicesMade: string[] = [];

/** A 30-minute service with Lena whose bookings wait, as `pending`, for the business to confirm. */
async function makeServiceNeedingConfirmation(): Promise<string> {
  const answer = await fetch('/v1/admin/services', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Studio tour',
      durationMinutes: 30,
      requiresConfirmation: true,
      staffIds: [DEMO.lena],
    }),
  });
  if (answer.status !== 201) throw new Error(`The service answered ${answer.status}.`);
  const { id } = (await answer.json()) as { id: string };
  servicesMade.push(id);
  return id;
}

/** A booking and its audit trail as the admin API reports them now. */
async function adminView(id: string) {
  const [booking, events] = await Promise.all([
    fetch(`/v1/admin/bookings/${id}`).then((answer) => answer.json() as Promise<AdminBooking>),
    fetch(`/v1/admin/bookings/${id}/events`).then(
      (answer) => answer.json() as Promise<{ data: BookingEvent[] }>,
    ),
  ]);
  return { status: booking.status, events: events.data.map((event) => [event.type, event.actor]) };
}

/** A week view in `zone` showing the pinned week, and the details element inside it. */
async function openWeek(zone: string) {
  const view = await fixture<BookafyConsoleWeek>(html`
    <bookafy-console-week
      .me=${me}
      .date=${new Date(week.from + 36 * 3_600_000)}
      time-zone=${zone}
    ></bookafy-console-week>
  `);
  const details = view.shadowRoot!.querySelector('bookafy-console-booking-details')!;
  return { view, root: view.shadowRoot!, details, inside: details.shadowRoot! };
}

async function openDetails(root: ShadowRoot, details: BookafyConsoleBookingDetails, id: string) {
  const opener = (await bookingItem(root, id)).querySelector('button')!;
  opener.click();
  await until(() => details.shadowRoot!.querySelector('.history li'), 'no details shown');
  return opener;
}

const textOf = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

const when = (instant: number | string, zone: string) =>
  new Intl.DateTimeFormat('en', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));

/** Presses Reschedule in the open details and returns the shadow root of the form it shows. */
async function openReschedule(details: BookafyConsoleBookingDetails) {
  const inside = details.shadowRoot!;
  [...inside.querySelectorAll('button')]
    .find((button) => button.textContent!.trim() === 'Reschedule')!
    .click();
  await details.updateComplete;
  return inside.querySelector<BookafyConsoleBookingReschedule>(
    'bookafy-console-booking-reschedule',
  )!.shadowRoot!;
}

describe('<bookafy-console-booking-details>', () => {
  useRealWorker();
  before(async () => {
    await setSession(true);
    await switchLocale('en');
    me = (await currentSession())!;
  });
  after(async () => {
    for (const id of servicesMade) await fetch(`/v1/admin/services/${id}`, { method: 'DELETE' });
    await setSession(false);
  });

  it('shows the customer, times in both zones, the answers and the metadata', async () => {
    const start = wallClock(week, 2, '10:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.massage,
      staffId: DEMO.lena,
      start,
      name: 'Detail Dana',
      answers: { focus: 'Legs', first_visit: true },
      metadata: { crm_id: '8812' },
    });
    const { root, details, inside } = await openWeek('America/New_York');

    await openDetails(root, details, booking.id);

    expect(inside.querySelector('dialog')!.open).to.equal(true);
    expect(textOf(inside, '#details-title')).to.equal('Detail Dana');
    expect(textOf(inside, '.summary .service')).to.equal('Sports massage');
    expect(textOf(inside, '.summary .staff')).to.equal('Lena Fischer');
    expect(textOf(inside, '.summary a[href^="mailto:"]')).to.equal('week.visitor@example.com');
    const inNewYork = new Intl.DateTimeFormat('en', {
      timeZone: 'America/New_York',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .format(start)
      .replace(/\s*[AP]M$/, '');
    expect(textOf(inside, '.viewer-time'))
      .to.include(inNewYork)
      .and.match(/\(America\/New_York\)$/);
    expect(textOf(inside, '.business-time'))
      .to.include('10:00')
      .and.match(/\(Europe\/Berlin\)$/);
    const answers = [...inside.querySelectorAll('.answers dt, .answers dd')].map(
      (n) => n.textContent,
    );
    expect(answers).to.deep.equal([
      'Which area should we focus on?',
      'Legs',
      'This is my first visit',
      'Yes',
    ]);
    expect(
      [...inside.querySelectorAll('.metadata dt, .metadata dd')].map((n) => n.textContent),
    ).to.deep.equal(['crm_id', '8812']);
    expect(textOf(inside, '.history li')).to.match(/: Booked by the visitor$/);
    await expect(details).to.be.accessible();
    details.close();
  });

  it('moves a booking to a free time, says when a time was taken, and lists the move', async () => {
    const start = wallClock(week, 4, '11:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Move Mia',
    });
    const { root, details, inside } = await openWeek('Europe/Berlin');
    await openDetails(root, details, booking.id);

    const formRoot = await openReschedule(details);
    await until(() => formRoot.querySelector('input[type="radio"]'), 'no free times shown');
    expect(formRoot.querySelector<HTMLInputElement>('#date')!.value).to.equal(week.dates[3]);
    const radioAt = (time: number) =>
      [...formRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
        (radio) => Date.parse(radio.value) === time,
      );
    expect(radioAt(start), 'its own time is not offered').to.equal(undefined);

    // Someone else books 14:00 after the times were listed.
    const taken = wallClock(week, 4, '14:00', 'Europe/Berlin');
    radioAt(taken)!.click();
    await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start: taken,
      name: 'Quick Visitor',
    });
    formRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => textOf(formRoot, '[role="alert"]'), 'no error shown');
    expect(textOf(formRoot, '[role="alert"]')).to.equal(
      'That time has just been taken. Choose another time.',
    );
    await until(() => !radioAt(taken), 'the taken time stayed');

    const later = wallClock(week, 4, '15:00', 'Europe/Berlin');
    radioAt(later)!.click();
    formRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    await until(() => textOf(inside, '[role="status"]') === 'The booking has moved.');
    await until(() => inside.querySelectorAll('.history li').length === 2, 'no new history');
    expect(textOf(inside, '.history li:last-child')).to.include(
      `Rescheduled by the business. Moved from ${when(start, 'Europe/Berlin')} to ` +
        when(later, 'Europe/Berlin'),
    );
    // The week behind the dialog shows the booking at its new time.
    await until(async () => {
      const item = await bookingItem(root, booking.id);
      return item.style.getPropertyValue('--top') === '900';
    }, 'the week did not follow the move');
    details.close();
  });

  it('offers a time that overlaps the booking itself, and moves it there', async () => {
    // An hour's massage with 15 minutes' buffer: its own time blocks the next hour's start.
    const start = wallClock(week, 2, '13:00', 'Europe/Berlin');
    const nextHour = wallClock(week, 2, '14:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.massage,
      staffId: DEMO.lena,
      start,
      name: 'Overlap Olga',
      answers: { focus: 'Full body' },
    });
    const { root, details, inside } = await openWeek('Europe/Berlin');
    await openDetails(root, details, booking.id);
    const formRoot = await openReschedule(details);
    await until(() => formRoot.querySelector('input[type="radio"]'), 'no free times shown');
    const radioAt = (time: number) =>
      [...formRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
        (radio) => Date.parse(radio.value) === time,
      );

    expect(radioAt(start), 'its own time is not offered').to.equal(undefined);
    radioAt(nextHour)!.click();
    formRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    await until(() => textOf(inside, '[role="status"]') === 'The booking has moved.');
    const moved = (await fetch(`/v1/admin/bookings/${booking.id}`).then((answer) =>
      answer.json(),
    )) as AdminBooking;
    expect(Date.parse(moved.start)).to.equal(nextHour);
    details.close();
  });

  it('cancels with a reason, which the history keeps, and the week leaves out', async () => {
    const start = wallClock(week, 3, '09:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Cancel Cleo',
    });
    const { root, details, inside } = await openWeek('Europe/Berlin');
    const opener = await openDetails(root, details, booking.id);

    const reason = inside.querySelector<HTMLInputElement>('#reason')!;
    expect(reason.labels![0]!.textContent!.trim()).to.equal('Reason for cancelling (optional)');
    reason.value = 'Visitor phoned to cancel';
    [...inside.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Cancel booking')!
      .click();

    await until(() => textOf(inside, '[role="status"]') === 'The booking is cancelled.');
    await until(() => inside.querySelectorAll('.history li').length === 2);
    expect(textOf(inside, '.history li:last-child')).to.match(
      /: Cancelled by the business\. Reason: Visitor phoned to cancel$/,
    );
    expect(textOf(inside, '.summary .status')).to.equal('cancelled');
    await until(() => !root.querySelector(`[data-booking-id="${booking.id}"]`));

    details.close();
    // Its button left with it: the page heading takes focus instead.
    expect(opener.isConnected).to.equal(false);
    await expectFocusOn(root, root.querySelector('h2'));
  });

  it('opens and closes by keyboard alone, and gives focus back to the booking', async () => {
    const start = wallClock(week, 5, '15:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Key Kim',
    });
    const { root, inside } = await openWeek('Europe/Berlin');
    const opener = (await bookingItem(root, booking.id)).querySelector('button')!;
    const dialog = inside.querySelector('dialog')!;

    // Tab from the last control before the grid until the booking has focus.
    root.querySelector<HTMLElement>('a[download]')!.focus();
    for (let presses = 0; root.activeElement !== opener && presses < 60; presses++) {
      await sendKeys({ press: 'Tab' });
    }
    await expectFocusOn(root, opener);
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open && textOf(inside, '#details-title') === 'Key Kim');
    expect(inside.activeElement !== null, 'focus is inside the dialog').to.equal(true);

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'Escape did not close the dialog');
    await expectFocusOn(root, opener);

    await sendKeys({ press: 'Space' });
    await until(() => dialog.open);
    const close = [...inside.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Close',
    )!;
    for (let presses = 0; inside.activeElement !== close && presses < 5; presses++) {
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog.open, 'Close did not close the dialog');
    await expectFocusOn(root, opener);
  });

  it('confirms a pending booking, which the history lists and the week shows', async () => {
    const serviceId = await makeServiceNeedingConfirmation();
    const booking = await bookAt({
      serviceId,
      staffId: DEMO.lena,
      start: wallClock(week, 3, '12:00', 'Europe/Berlin'),
      name: 'Pending Pia',
    });
    const { root, details, inside } = await openWeek('Europe/Berlin');
    const opener = await openDetails(root, details, booking.id);
    expect(opener.getAttribute('aria-label')).to.include(', pending, ');
    expect(textOf(inside, '.summary .status')).to.equal('pending');

    const confirm = [...inside.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Confirm booking',
    )!;
    confirm.click();

    await until(() => textOf(inside, '[role="status"]') === 'The booking is confirmed.');
    await until(() => inside.querySelectorAll('.history li').length === 2, 'no new history');
    expect(textOf(inside, '.summary .status')).to.equal('confirmed');
    expect(textOf(inside, '.history li:last-child')).to.match(/: Confirmed by the business$/);
    expect(confirm.isConnected, 'the Confirm button is gone').to.equal(false);
    expect(await adminView(booking.id)).to.deep.equal({
      status: 'confirmed',
      events: [
        ['created', 'visitor'],
        ['confirmed', 'admin'],
      ],
    });
    await until(async () => {
      const item = await bookingItem(root, booking.id);
      return item.querySelector('button')!.getAttribute('aria-label')!.includes(', confirmed, ');
    }, 'the week still shows the booking pending');
    details.close();
  });
});
