import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../console.js';
import { switchLocale } from '../i18n/localization.js';
import { bookDemoSlot } from '../test-support/demo-booking.js';
import { setSession, useRealWorker } from '../test-support/real-worker.js';
import type { BookafyConsoleAgenda } from './agenda.js';
import {
  bookAt,
  DEMO,
  expectFocusOn,
  wallClock,
  weekAhead,
} from './bookings/bookings.test-support.js';
import { tabUntil } from './services/test-support.js';

type Booked = Awaited<ReturnType<typeof bookDemoSlot>>;

const rowOf = (agenda: BookafyConsoleAgenda, id: string) =>
  agenda.shadowRoot!.querySelector<HTMLElement>(`[data-booking-id="${id}"]`);

const textOf = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** The row's Cancel button, found by its visible text. */
const cancelButtonOf = (agenda: BookafyConsoleAgenda, id: string) =>
  [...rowOf(agenda, id)!.querySelectorAll('button')].find(
    (button) => button.textContent?.trim() === 'Cancel',
  )!;

/** The details dialog's shadow root once its cancel step is open with the reason focused. */
async function cancelStep(agenda: BookafyConsoleAgenda): Promise<ShadowRoot> {
  const inside = () =>
    agenda.shadowRoot!.querySelector('bookafy-console-booking-details')?.shadowRoot;
  await waitUntil(
    () => inside()?.querySelector('dialog[open]') && inside()!.activeElement?.id === 'reason',
    'the cancel step did not open with focus on the reason',
  );
  return inside()!;
}

/** Each event of a booking's trail as type, actor and the reason of a cancellation. */
async function historyOf(id: string) {
  const answer = await fetch(`/v1/admin/bookings/${id}/events`);
  const { data } = (await answer.json()) as {
    data: { type: string; actor: string; data: { reason?: string } }[];
  };
  return data.map((event) => [event.type, event.actor, event.data.reason]);
}

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
    // Two bookings with Marcus on one Monday evening in Berlin, read one at a time.
    const week = weekAhead();
    const starts = ['10:00', '10:30'].map((time) => wallClock(week, 1, time, 'America/New_York'));
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
        page-size="1"
      ></bookafy-console-agenda>
    `);

    await waitUntil(
      () => booked.every((booking) => rowOf(agenda, booking.id)),
      'a booking past the first page is missing',
    );
    // Read one at a time, so the second came from a page the first one's cursor pointed to.
    const pages = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname === '/v1/admin/bookings');
    expect(pages.map((url) => url.searchParams.get('limit'))).to.include('1');
    expect(pages.some((url) => url.searchParams.has('cursor'))).to.equal(true);
  });

  it('asks before cancelling, and Escape or Back leaves the booking as it was', async () => {
    const booking = await bookDemoSlot(5, 'Keep Visitor');
    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda .from=${booking.day} days="1"></bookafy-console-agenda>
    `);
    const root = agenda.shadowRoot!;
    await waitUntil(() => rowOf(agenda, booking.id), 'the booking is not in the agenda');
    const cancel = cancelButtonOf(agenda, booking.id);
    expect(cancel.getAttribute('aria-label')).to.match(/^Cancel Keep Visitor at /);

    cancel.focus();
    await sendKeys({ press: 'Enter' });
    const inside = await cancelStep(agenda);
    expect(textOf(inside, '#details-title')).to.equal('Cancel this booking?');
    expect(textOf(inside, '.summary .customer')).to.equal('Keep Visitor');
    expect(textOf(inside, 'label[for="reason"]')).to.equal('Reason for cancelling (optional)');
    await expect(agenda).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !inside.querySelector('dialog')!.open, 'Escape did not close it');
    await expectFocusOn(root, cancel);

    await switchLocale('de');
    try {
      await sendKeys({ press: 'Enter' });
      await cancelStep(agenda);
      expect(textOf(inside, '#details-title')).to.equal('Diese Buchung stornieren?');
      await tabUntil((active) => active.textContent?.trim() === 'Zurück');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !inside.querySelector('dialog')!.open, 'Back did not close it');
      await expectFocusOn(root, cancel);
    } finally {
      await switchLocale('en');
    }

    expect(await historyOf(booking.id)).to.deep.equal([['created', 'visitor', undefined]]);
    expect(rowOf(agenda, booking.id)).to.not.equal(null);
  });

  it('cancels with a reason once asked, and the booking leaves with a spoken note', async () => {
    const [earlier, later] = [
      await bookDemoSlot(5, 'Cancel One'),
      await bookDemoSlot(5, 'Cancel Two'),
    ].sort((a, b) => a.start.getTime() - b.start.getTime()) as [Booked, Booked];
    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda
        time-zone="UTC"
        .from=${earlier.day}
        days="1"
      ></bookafy-console-agenda>
    `);
    const root = agenda.shadowRoot!;
    await waitUntil(() => rowOf(agenda, later.id), 'the bookings are not in the agenda');
    const name = textOf(rowOf(agenda, earlier.id)!, '.customer');

    cancelButtonOf(agenda, earlier.id).focus();
    await sendKeys({ press: 'Enter' });
    const inside = await cancelStep(agenda);
    await sendKeys({ type: 'Visitor is ill' });
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => !rowOf(agenda, earlier.id), 'the booking stayed in the agenda');
    expect(inside.querySelector('dialog')!.open, 'the dialog closed').to.equal(false);
    expect(textOf(root, '[role="status"]')).to.equal(`${name}: cancelled.`);
    // Its button left with it, and no other booking's button stands in for it.
    await expectFocusOn(root, root.querySelector('h2'));
    expect(rowOf(agenda, later.id)).to.not.equal(null);
    expect(await historyOf(earlier.id)).to.deep.equal([
      ['created', 'visitor', undefined],
      ['cancelled', 'admin', 'Visitor is ill'],
    ]);
    expect(await historyOf(later.id)).to.deep.equal([['created', 'visitor', undefined]]);
  });
});
