import {
  createClient,
  DAY_MS,
  formatDateTime,
  HOUR_MS,
  parseUtcString,
  type BookafyClient,
  type Booking,
} from '@bookafy/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import '../../define.js';
import { realWorker, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import { BookafyManage } from './manage.js';

if (!customElements.get('bookafy-manage')) customElements.define('bookafy-manage', BookafyManage);

const SERVICE_ID = 'svc_demointro00000000000';
const MASSAGE_ID = 'svc_demomassage000000000';
const VISITOR_ZONE = 'America/Los_Angeles';
const BUSINESS_ZONE = 'Europe/Berlin';

async function connect(): Promise<BookafyClient> {
  const { baseUrl, publishableKey } = await realWorker();
  return createClient({ baseUrl, publishableKey });
}

/**
 * Books the latest free slot of a few days six weeks ahead, a range other tests leave alone;
 * taking the last slot keeps earlier ones of those days free for the reschedule.
 */
async function bookLateSlot(client: BookafyClient): Promise<Booking> {
  const from = Date.now() + 43 * DAY_MS;
  const { slots } = await client.listSlots({
    serviceId: SERVICE_ID,
    start: from,
    end: from + 4 * DAY_MS,
  });
  const slot = slots.at(-1);
  if (!slot) throw new Error('The demo service has no free slot six weeks ahead.');
  return client.createBooking({
    serviceId: SERVICE_ID,
    staffId: slot.staffIds[0],
    start: slot.start,
    customer: { name: 'Grace Hopper', email: 'grace@example.com', timeZone: VISITOR_ZONE },
  });
}

async function mount(
  client: BookafyClient,
  booking: Booking,
  options: { token?: string; locale?: string; now?: number } = {},
) {
  const bootstrap = await client.bootstrap();
  const manage = await fixture<BookafyManage>(html`
    <bookafy-manage
      time-zone=${VISITOR_ZONE}
      locale=${options.locale ?? 'en-US'}
      .client=${client}
      .bootstrap=${bootstrap}
      .bookingId=${booking.id}
      .token=${options.token ?? booking.manageToken!}
      .now=${options.now ?? Date.now()}
    ></bookafy-manage>
  `);
  await waitUntil(() => !find(manage, '.skeleton'), 'the booking loads', { timeout: 5000 });
  return manage;
}

function find(manage: BookafyManage, selector: string): HTMLElement | null {
  return manage.shadowRoot!.querySelector<HTMLElement>(selector);
}

const textOf = (manage: BookafyManage, selector: string) =>
  find(manage, selector)?.textContent?.replace(/\s+/g, ' ').trim();

function button(manage: BookafyManage, label: string): HTMLButtonElement {
  const buttons = [...manage.shadowRoot!.querySelectorAll('button')];
  const found = buttons.find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

const buttonLabels = (manage: BookafyManage) =>
  [...manage.shadowRoot!.querySelectorAll('button')].map((each) => each.textContent!.trim());

async function waitForHeading(manage: BookafyManage, heading: RegExp | string) {
  await waitUntil(
    () => {
      const text = textOf(manage, 'h2') ?? '';
      return typeof heading === 'string' ? text === heading : heading.test(text);
    },
    `heading ${heading}`,
    { timeout: 5000 },
  );
}

/** Opens the reschedule step and chooses the last free time of the last free day shown. */
async function chooseLateTime(manage: BookafyManage) {
  button(manage, 'Reschedule').click();
  await waitForHeading(manage, 'Choose a new time');
  const calendar = find(manage, 'bookafy-calendar')!;
  const days = () =>
    calendar.getAttribute('aria-busy') === 'false'
      ? [...calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-available]')]
      : [];
  await waitUntil(() => days().length > 0, 'free days show', { timeout: 5000 });
  days().at(-1)!.click();

  await waitUntil(() => find(manage, 'bookafy-time-list'), 'the day shows its times');
  const timeList = find(manage, 'bookafy-time-list')!;
  await waitUntil(() => timeList.shadowRoot!.querySelector('button.time'));
  const times = [...timeList.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.time')];
  const chosen = oneEvent(manage, 'bookafy-slot-select');
  const time = times.at(-1)!;
  time.click();
  const start = ((await chosen) as BookafySlotSelectEvent).detail.start;
  await waitForHeading(manage, /^Move to /);
  return { start, label: time.getAttribute('aria-label')! };
}

describe('bookafy-manage against the local Worker', () => {
  useRealWorker();

  let client: BookafyClient;
  let booking: Booking;

  before(async function () {
    this.timeout(20_000);
    client = await connect();
    booking = await bookLateSlot(client);
  });

  it("shows the booking in the visitor's zone and the business's, after a skeleton", async () => {
    const bootstrap = await client.bootstrap();
    const manage = document.createElement('bookafy-manage');
    Object.assign(manage, {
      client,
      bootstrap,
      bookingId: booking.id,
      token: booking.manageToken,
      timeZone: VISITOR_ZONE,
      locale: 'en-US',
      now: Date.now(),
    });
    await fixture(html`<div>${manage}</div>`);
    const skeleton = find(manage, '[role="status"]');
    await waitUntil(() => !find(manage, '.skeleton'), 'the booking loads', { timeout: 5000 });

    const start = parseUtcString(booking.start)!;
    const staff = bootstrap.staff.find((member) => member.id === booking.staffId)!;
    expect(skeleton?.getAttribute('aria-label')).to.equal('Loading your booking');
    expect(textOf(manage, 'h2')).to.equal('Your booking');
    expect(textOf(manage, '[data-testid="service"]')).to.equal('Introductory call');
    expect(textOf(manage, '[data-testid="staff"]')).to.equal(staff.name);
    expect(textOf(manage, '[data-testid="visitor-time"]')).to.equal(
      formatDateTime(start, { locale: 'en-US', timeZone: VISITOR_ZONE }),
    );
    expect(textOf(manage, '[data-testid="visitor-time"]')).to.match(/P[SD]T$/);
    expect(textOf(manage, '[data-testid="business-time"]')).to.equal(
      formatDateTime(start, { locale: 'en-US', timeZone: BUSINESS_ZONE }),
    );
    expect(textOf(manage, 'dl')).to.contain('Time for Harbour Wellness');
    expect(textOf(manage, '[data-testid="status"]')).to.equal('Confirmed');
    expect(buttonLabels(manage)).to.deep.equal(['Reschedule', 'Cancel booking']);
  });

  it('states an in-person booking in the business zone only', async () => {
    const from = Date.now() + 50 * DAY_MS;
    const massage = 'svc_demomassage000000000';
    const { slots } = await client.listSlots({
      serviceId: massage,
      start: from,
      end: from + 4 * DAY_MS,
    });
    const inPerson = await client.createBooking({
      serviceId: massage,
      start: slots.at(-1)!.start,
      customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: BUSINESS_ZONE },
      answers: { focus: 'Legs' },
    });
    const manage = await mount(client, inPerson);

    expect(textOf(manage, '[data-testid="visitor-time"]')).to.equal(
      formatDateTime(parseUtcString(inPerson.start)!, {
        locale: 'en-US',
        timeZone: BUSINESS_ZONE,
      }),
    );
    expect(find(manage, '[data-testid="business-time"]')).to.equal(null);
  });

  it('passes an automated accessibility check on the booking', async () => {
    const manage = await mount(client, booking);

    await expect(manage).to.be.accessible();
  });

  it('offers no change to a booking in the past, and says why', async () => {
    const manage = await mount(client, booking, {
      now: parseUtcString(booking.end)! + HOUR_MS,
    });

    expect(textOf(manage, '[part="note"]')).to.equal(
      'This appointment is in the past, so it can no longer be changed.',
    );
    expect(buttonLabels(manage)).to.deep.equal([]);
  });

  it('says plainly that no booking matches a wrong token', async () => {
    const manage = await mount(client, booking, { token: 'mt_wrongtoken' });

    expect(textOf(manage, 'h2')).to.equal('Booking not found');
    expect(textOf(manage, 'p')).to.match(/^We could not find this booking\./);
    expect(buttonLabels(manage)).to.deep.equal([]);
  });

  it('speaks Spanish, with dates written the Spanish way', async () => {
    const manage = await mount(client, booking, { locale: 'es' });

    const start = parseUtcString(booking.start)!;
    expect(find(manage, '[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(textOf(manage, 'h2')).to.equal('Tu reserva');
    expect(textOf(manage, 'dl')).to.contain('Cuándo');
    expect(textOf(manage, '[data-testid="visitor-time"]')).to.equal(
      formatDateTime(start, { locale: 'es', timeZone: VISITOR_ZONE }),
    );
    expect(textOf(manage, '[data-testid="status"]')).to.equal('Confirmada');
    expect(buttonLabels(manage)).to.deep.equal(['Cambiar la hora', 'Cancelar la reserva']);
  });

  it('writes Arabic right to left', async () => {
    const manage = await mount(client, booking, { locale: 'ar' });

    expect(find(manage, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(manage, 'h2')).to.equal('حجزك');
  });

  it('moves the booking to a chosen day and time with the same staff member', async () => {
    const own = await bookLateSlot(client);
    const manage = await mount(client, own);

    const { start } = await chooseLateTime(manage);
    expect(manage.shadowRoot!.activeElement?.tagName).to.equal('H2');
    const moved = oneEvent(manage, 'bookafy-rescheduled');
    button(manage, 'Yes, move my booking').click();
    const { booking: movedBooking } = (await moved).detail;
    await waitForHeading(manage, 'Your booking has moved');

    const seen = await client.getBooking(own.id, own.manageToken!);
    expect(movedBooking.start).to.equal(start);
    expect(movedBooking.staffId).to.equal(own.staffId);
    expect(seen.start).to.equal(start);
    expect(seen.sequence).to.equal(own.sequence + 1);
    expect(textOf(manage, '[data-testid="visitor-time"]')).to.equal(
      formatDateTime(parseUtcString(start)!, { locale: 'en-US', timeZone: VISITOR_ZONE }),
    );
    await client.cancelBooking(own.id, own.manageToken!);
  });

  it("offers the hour after an hour's booking, which its own buffer would block", async () => {
    // The massage lasts an hour with 15 minutes' buffer after, in Berlin from 09:00.
    const from = Date.now() + 50 * DAY_MS;
    const { slots } = await client.listSlots({
      serviceId: MASSAGE_ID,
      start: from,
      end: from + 7 * DAY_MS,
    });
    const berlinHour = (start: string) =>
      Number(
        new Intl.DateTimeFormat('en', {
          timeZone: BUSINESS_ZONE,
          hour: 'numeric',
          hourCycle: 'h23',
        }).format(Date.parse(start)),
      );
    const first = slots.find((slot) => berlinHour(slot.start) === 9);
    if (!first) throw new Error('The massage has no 09:00 in Berlin seven weeks ahead.');
    const own = await client.createBooking({
      serviceId: MASSAGE_ID,
      staffId: first.staffIds[0],
      start: first.start,
      customer: { name: 'Grace Hopper', email: 'grace@example.com', timeZone: VISITOR_ZONE },
      answers: { focus: 'Legs' },
    });
    const nextHour = parseUtcString(own.start)! + HOUR_MS;
    const manage = await mount(client, own);

    button(manage, 'Reschedule').click();
    await waitForHeading(manage, 'Choose a new time');
    const calendar = find(manage, 'bookafy-calendar')!;
    const date = own.start.slice(0, 10);
    const day = () =>
      calendar.getAttribute('aria-busy') === 'false'
        ? calendar.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-date="${date}"]`)
        : null;
    await waitUntil(() => day()?.hasAttribute('data-available'), 'its day is free to move to');
    day()!.click();
    await waitUntil(() => find(manage, 'bookafy-time-list'), 'the day shows its times');
    const timeList = find(manage, 'bookafy-time-list') as HTMLElement & {
      slots: readonly { start: number }[];
    };
    await waitUntil(() => timeList.slots.length > 0, 'the times arrive');

    expect(timeList.slots.map((slot) => slot.start)).to.include(nextHour);
    expect(timeList.slots.map((slot) => slot.start)).not.to.include(Date.parse(own.start));
    const offered = await client.listSlots({
      serviceId: MASSAGE_ID,
      start: from,
      end: nextHour + 1,
    });
    expect(offered.slots.map((slot) => Date.parse(slot.start))).not.to.include(nextHour);
    await client.cancelBooking(own.id, own.manageToken!);
  });

  it('says so when the chosen time is taken meanwhile, and shows the times again', async () => {
    const own = await bookLateSlot(client);
    const manage = await mount(client, own);
    const { start, label } = await chooseLateTime(manage);
    const other = await client.createBooking({
      serviceId: SERVICE_ID,
      staffId: own.staffId,
      start,
      customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: VISITOR_ZONE },
    });

    button(manage, 'Yes, move my booking').click();
    await waitForHeading(manage, 'Choose a new time');
    const timeList = find(manage, 'bookafy-time-list')!;
    const labels = () =>
      [...timeList.shadowRoot!.querySelectorAll('button.time')].map((time) =>
        time.getAttribute('aria-label'),
      );
    await waitUntil(() => !labels().includes(label), 'the taken time disappears');

    expect(textOf(manage, '[part="notice"]')).to.equal(
      'Sorry, someone booked that time a moment ago. Please choose another time.',
    );
    expect((await client.getBooking(own.id, own.manageToken!)).start).to.equal(own.start);
    await client.cancelBooking(other.id, other.manageToken!);
    await client.cancelBooking(own.id, own.manageToken!);
  });

  it('cancels the booking with a reason, then offers no more changes', async () => {
    const own = await bookLateSlot(client);
    const reasons: (string | undefined)[] = [];
    const recording: BookafyClient = {
      ...client,
      cancelBooking: (id, token, request, options) => {
        reasons.push(request?.reason);
        return client.cancelBooking(id, token, request, options);
      },
    };
    const manage = await mount(recording, own);

    button(manage, 'Cancel booking').click();
    await waitForHeading(manage, 'Cancel this booking?');
    await expect(manage).to.be.accessible();
    const reason = find(manage, 'textarea') as HTMLTextAreaElement;
    reason.value = 'Moving house that week';
    const cancelled = oneEvent(manage, 'bookafy-cancelled');
    button(manage, 'Yes, cancel booking').click();
    const { booking: cancelledBooking } = (await cancelled).detail;
    await waitForHeading(manage, 'Your booking is cancelled');

    const seen = await client.getBooking(own.id, own.manageToken!);
    expect(cancelledBooking.status).to.equal('cancelled');
    expect(seen.status).to.equal('cancelled');
    expect(reasons).to.deep.equal(['Moving house that week']);
    const again = await mount(client, own);
    expect(textOf(again, '[data-testid="status"]')).to.equal('Cancelled');
    expect(textOf(again, '[part="note"]')).to.equal(
      'This booking is cancelled, so it can no longer be changed.',
    );
    expect(buttonLabels(again)).to.deep.equal([]);
  });

  after(async () => {
    if (booking) await client.cancelBooking(booking.id, booking.manageToken!);
  });
});
