import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../console.js';
import { bookDemoSlot } from '../test-support/demo-booking.js';
import { setSession, useRealWorker } from '../test-support/real-worker.js';
import type { BookafyConsoleAgenda } from './agenda.js';
import { bookAt, DEMO, wallClock, weekAhead } from './bookings/bookings.test-support.js';

const rowOf = (agenda: BookafyConsoleAgenda, id: string) =>
  agenda.shadowRoot!.querySelector<HTMLElement>(`[data-booking-id="${id}"]`);

describe('<bookafy-console-agenda>', () => {
  useRealWorker();
  before(() => setSession(true));
  after(() => setSession(false));

  it("lists a visitor's booking by the viewer's day, with the business's time", async () => {
    const booking = await bookDemoSlot(4, 'Agenda Visitor');

    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda
        business-time-zone="Europe/Berlin"
        time-zone="America/New_York"
        .from=${booking.day}
        days="1"
      ></bookafy-console-agenda>
    `);
    await waitUntil(() => rowOf(agenda, booking.id), 'the booking is not in the agenda');

    const row = rowOf(agenda, booking.id)!;
    const day = row.closest('section')!.querySelector('h3')!.textContent;
    const inNewYork = new Intl.DateTimeFormat(undefined, {
      timeZone: 'America/New_York',
      dateStyle: 'full',
    }).format(booking.start);
    expect(day).to.equal(inNewYork);
    const berlin = new Intl.DateTimeFormat(undefined, {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(booking.start);
    expect(row.querySelector('.business-time')!.textContent).to.equal(`${berlin} at the business`);
    expect(row.querySelector('.customer')!.textContent).to.equal('Agenda Visitor');
    expect(row.querySelector('.service')!.textContent).to.equal('Introductory call');
    await expect(agenda).to.be.accessible();
  });

  it('moves to later days on request and shows the bookings there', async () => {
    const booking = await bookDemoSlot(6, 'Later Visitor');
    const dayBefore = new Date(booking.day.getTime() - 86_400_000);
    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda .from=${dayBefore} days="1"></bookafy-console-agenda>
    `);
    const later = agenda.shadowRoot!.querySelector<HTMLButtonElement>('nav button:last-of-type')!;
    expect(later.textContent!.trim()).to.equal('Later');
    await waitUntil(() => !agenda.shadowRoot!.textContent?.includes('Loading…'));
    expect(rowOf(agenda, booking.id)).to.equal(null);

    later.click();

    await waitUntil(() => rowOf(agenda, booking.id), 'the later day did not show the booking');
  });

  it('lists every booking of its days, however many pages the API answers in', async () => {
    // Three bookings with Marcus on one Monday evening in Berlin, read two at a time.
    const week = weekAhead();
    const starts = ['10:00', '10:30', '11:00'].map((time) =>
      wallClock(week, 1, time, 'America/New_York'),
    );
    const booked: { id: string }[] = [];
    for (const [index, start] of starts.entries()) {
      booked.push(
        await bookAt({ serviceId: DEMO.intro, staffId: DEMO.marcus, start, name: `Page ${index}` }),
      );
    }

    performance.clearResourceTimings();
    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda
        time-zone="Europe/Berlin"
        .from=${new Date(week.from)}
        days="1"
        page-size="2"
      ></bookafy-console-agenda>
    `);

    await waitUntil(
      () => booked.every((booking) => rowOf(agenda, booking.id)),
      'a booking past the first page is missing',
    );
    // Read two at a time, so the third came from a page the first one's cursor pointed to.
    const pages = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname === '/v1/admin/bookings');
    expect(pages.map((url) => url.searchParams.get('limit'))).to.include('2');
    expect(pages.some((url) => url.searchParams.has('cursor'))).to.equal(true);
  });

  it('cancels a booking, which leaves the agenda with a spoken confirmation', async () => {
    const booking = await bookDemoSlot(5, 'Cancel Visitor');
    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda .from=${booking.day} days="1"></bookafy-console-agenda>
    `);
    await waitUntil(() => rowOf(agenda, booking.id), 'the booking is not in the agenda');

    const cancel = [...rowOf(agenda, booking.id)!.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Cancel',
    )!;
    expect(cancel.getAttribute('aria-label')).to.match(/^Cancel Cancel Visitor at /);
    cancel.click();

    await waitUntil(() => !rowOf(agenda, booking.id), 'the booking stayed in the agenda');
    const status = agenda.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Cancel Visitor: cancelled.');
    const answer = await fetch(`/v1/admin/bookings/${booking.id}/events`);
    const { data } = (await answer.json()) as { data: { type: string; actor: string }[] };
    expect(data.map((event) => [event.type, event.actor])).to.deep.include(['cancelled', 'admin']);
  });
});
