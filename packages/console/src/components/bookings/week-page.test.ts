import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { switchLocale } from '../../i18n/localization.js';
import { currentSession, type Me } from '../../internal/console-api.js';
import { addDays } from '../../internal/week-zone.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import { tabUntil } from '../services/test-support.js';
import {
  bookAt,
  bookingItem,
  clockIn,
  DEMO,
  expectFocusOn,
  placementOf,
  wallClock,
  until,
  weekAhead,
} from './bookings.test-support.js';
import type { BookafyConsoleWeek } from './week-page.js';

const week = weekAhead();
let me: Me;

async function openWeek(timeZone: string, date = new Date(week.from + 36 * 3_600_000), who = me) {
  return fixture<BookafyConsoleWeek>(html`
    <bookafy-console-week .me=${who} .date=${date} time-zone=${timeZone}></bookafy-console-week>
  `);
}

const buttonNamed = (view: BookafyConsoleWeek, name: string) =>
  [...view.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

const clock = (instant: number, zone: string) =>
  new Intl.DateTimeFormat('en', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(
    instant,
  );

describe('<bookafy-console-week>', () => {
  useRealWorker();
  before(async () => {
    await setSession(true);
    await switchLocale('en');
    me = (await currentSession())!;
  });
  after(() => setSession(false));

  it("places each booking on its day and hour in the viewer's zone, with a full label", async () => {
    const monday = wallClock(week, 1, '09:00', 'Europe/Berlin');
    const saturday = wallClock(week, 6, '10:00', 'America/New_York');
    const lena = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start: monday,
      name: 'Week Anna',
    });
    const marcus = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.marcus,
      start: saturday,
      name: 'Week Ben',
    });

    for (const zone of ['Europe/Berlin', 'Asia/Tokyo']) {
      const view = await openWeek(zone);
      const root = view.shadowRoot!;

      for (const [booking, start] of [
        [lena, monday],
        [marcus, saturday],
      ] as const) {
        const item = await bookingItem(root, booking.id);
        const local = clockIn(start, zone);
        expect(placementOf(item), zone).to.include({
          date: local.date,
          top: local.minutes,
          bottom: local.minutes + 30,
        });
        // Drawn there, by the minutes after the first hour the grid shows.
        const grid = root.querySelector<HTMLElement>('.grid')!;
        const firstHour = Number(grid.style.getPropertyValue('--first-hour'));
        const hours = Number(grid.style.getPropertyValue('--hours'));
        const minute = item.closest<HTMLElement>('.track')!.offsetHeight / (hours * 60);
        expect(item.offsetTop).to.be.closeTo((local.minutes - firstHour * 60) * minute, 1);
        expect(item.offsetHeight).to.be.closeTo(30 * minute, 1);
      }
      const label = (await bookingItem(root, lena.id)).querySelector('button')!.ariaLabel!;
      const heading = (await bookingItem(root, lena.id)).closest('li.day')!.querySelector('h3')!;
      expect(label).to.equal(
        `${clock(monday, zone)}–${clock(monday + 1_800_000, zone)} Week Anna: Introductory call ` +
          `with Lena Fischer, confirmed, ${heading.textContent}`,
      );
      expect(root.querySelector('.zones')!.textContent).to.equal(
        zone === 'Europe/Berlin'
          ? 'Times in Europe/Berlin.'
          : 'Times in Asia/Tokyo; the business is in Europe/Berlin.',
      );
      await expect(view).to.be.accessible();
    }

    // Saturday 10:00 in New York is already Sunday in Tokyo, and on the Berlin grid at 16:00.
    expect(clockIn(saturday, 'Asia/Tokyo').date).to.equal(week.dates[6]);
  });

  it('reads the days as headed lists of bookings in the order they happen', async () => {
    const early = wallClock(week, 2, '09:30', 'Europe/Berlin');
    const late = wallClock(week, 2, '12:00', 'America/New_York');
    const second = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.marcus,
      start: late,
      name: 'Order Two',
    });
    const first = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start: early,
      name: 'Order One',
    });

    const view = await openWeek('Europe/Berlin');
    const root = view.shadowRoot!;
    await bookingItem(root, second.id);

    const days = root.querySelectorAll('ol.days > li');
    expect(days.length).to.equal(7);
    const tuesday = days[1]!;
    const list = tuesday.querySelector('ol.bookings')!;
    expect(list.getAttribute('aria-labelledby')).to.equal(tuesday.querySelector('h3')!.id);
    const ids = [...list.querySelectorAll<HTMLElement>(':scope > li')].map(
      (li) => li.dataset.bookingId,
    );
    expect(ids.indexOf(first.id)).to.be.lessThan(ids.indexOf(second.id));
  });

  it('sets bookings of two staff members at the same time side by side', async () => {
    // 16:00 in Berlin is 10:00 in New York: both work then on weekdays.
    const start = wallClock(week, 3, '16:00', 'Europe/Berlin');
    const lena = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Side Lena',
    });
    const marcus = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.marcus,
      start,
      name: 'Side Marcus',
    });

    const view = await openWeek('Europe/Berlin');
    const items = [
      await bookingItem(view.shadowRoot!, lena.id),
      await bookingItem(view.shadowRoot!, marcus.id),
    ];
    const left = placementOf(items[0]!);
    const right = placementOf(items[1]!);

    expect([left.top, right.top]).to.deep.equal([960, 960]);
    expect([left.columns, right.columns]).to.deep.equal([2, 2]);
    expect([left.column, right.column].sort()).to.deep.equal([0, 1]);
    // Drawn there: each in its own half of the day's column.
    const half = items[0]!.closest<HTMLElement>('.track')!.offsetWidth / 2;
    const drawn = items.map((item) => ({ left: item.offsetLeft, width: item.offsetWidth }));
    drawn.sort((a, b) => a.left - b.left);
    expect(drawn[0]!.left).to.be.closeTo(0, 1);
    expect(drawn[1]!.left).to.be.closeTo(half, 1);
    for (const { width } of drawn) expect(width).to.be.closeTo(half, 1);
  });

  it('moves to the next, previous and current week', async () => {
    const start = wallClock(week, 4, '13:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Next Week',
    });
    const view = await openWeek('Europe/Berlin', new Date(week.from - 3 * 86_400_000));
    const root = view.shadowRoot!;
    const range = root.querySelector('.range')!;
    await until(() => !view.shadowRoot!.textContent!.includes('Loading…'));
    expect(root.querySelector(`[data-booking-id="${booking.id}"]`) === null).to.equal(true);

    buttonNamed(view, 'Next week').click();
    await bookingItem(root, booking.id);
    expect(root.querySelector('li.day')!.getAttribute('data-date')).to.equal(week.dates[0]);
    expect(range.getAttribute('aria-live')).to.equal('polite');

    buttonNamed(view, 'Previous week').click();
    await until(() => !root.querySelector(`[data-booking-id="${booking.id}"]`));

    buttonNamed(view, 'This week').click();
    await view.updateComplete;
    const today = clockIn(Date.now(), 'Europe/Berlin').date;
    const dates = [...root.querySelectorAll<HTMLElement>('li.day')].map((day) => day.dataset.date);
    expect(dates).to.include(today);
  });

  it('moves between weeks and opens a booking by keyboard alone', async () => {
    const start = wallClock(week, 4, '15:00', 'America/New_York');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.marcus,
      start,
      name: 'Keys Week',
    });
    const view = await openWeek('Europe/Berlin', new Date(week.from - 3 * 86_400_000));
    const root = view.shadowRoot!;
    const firstDay = () => root.querySelector<HTMLElement>('li.day')!.dataset.date;
    const shown = () => root.querySelector(`[data-booking-id="${booking.id}"]`);
    await until(() => !root.textContent!.includes('Loading…'));
    (document.activeElement as HTMLElement | null)?.blur();

    await tabUntil((active) => active === buttonNamed(view, 'Next week'));
    await sendKeys({ press: 'Enter' });
    const opener = (await bookingItem(root, booking.id)).querySelector('button')!;
    expect(firstDay()).to.equal(week.dates[0]);
    await expectFocusOn(root, buttonNamed(view, 'Next week'));

    await tabUntil((active) => active === opener);
    await sendKeys({ press: 'Enter' });
    const details = root.querySelector('bookafy-console-booking-details')!.shadowRoot!;
    await until(() => details.querySelector('#details-title')!.textContent === 'Keys Week');
    await sendKeys({ press: 'Escape' });
    await until(() => !details.querySelector('dialog')!.open, 'Escape did not close it');
    await expectFocusOn(root, opener);

    await tabUntil((active) => active === buttonNamed(view, 'Previous week'), {
      backwards: true,
    });
    await sendKeys({ press: 'Space' });
    await until(() => !shown(), 'the previous week still shows the booking');
    expect(firstDay()).to.equal(addDays(week.dates[0]!, -7));

    await tabUntil((active) => active === buttonNamed(view, 'This week'));
    await sendKeys({ press: 'Enter' });
    await view.updateComplete;
    const dates = [...root.querySelectorAll<HTMLElement>('li.day')].map((day) => day.dataset.date);
    expect(dates).to.include(clockIn(Date.now(), 'Europe/Berlin').date);
  });

  it('filters by staff member, and the CSV link follows the week and the filter', async () => {
    const start = wallClock(week, 5, '10:00', 'Europe/Berlin');
    const lena = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Filter Lena',
    });
    const marcus = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.marcus,
      start: wallClock(week, 5, '10:00', 'America/New_York'),
      name: 'Filter Marcus',
    });
    const view = await openWeek('Asia/Tokyo');
    const root = view.shadowRoot!;
    await bookingItem(root, lena.id);
    await bookingItem(root, marcus.id);
    const link = [...root.querySelectorAll('a')].find(
      (a) => a.textContent!.trim() === 'Download CSV',
    )!;
    const tokyoWeek = {
      from: new Date(wallClock(week, 1, '00:00', 'Asia/Tokyo')).toISOString(),
      to: new Date(wallClock(week, 8, '00:00', 'Asia/Tokyo')).toISOString(),
    };
    const query = () => new URL(link.href).searchParams;
    expect(new URL(link.href).pathname).to.equal('/v1/admin/bookings/export.csv');
    expect(query().get('from')).to.equal(tokyoWeek.from.replace('.000', ''));
    expect(query().get('to')).to.equal(tokyoWeek.to.replace('.000', ''));
    expect(query().has('staffId')).to.equal(false);

    const select = root.querySelector<HTMLSelectElement>('#staff-filter')!;
    expect(select.labels![0]!.textContent!.trim()).to.equal('Staff member');
    select.value = DEMO.marcus;
    select.dispatchEvent(new Event('change'));

    await until(() => !root.querySelector(`[data-booking-id="${lena.id}"]`), 'Lena stayed');
    expect(query().get('staffId')).to.equal(DEMO.marcus);
    const download = await fetch(link.href);
    expect(download.status).to.equal(200);
    expect(download.headers.get('Content-Type')).to.match(/^text\/csv/);
    const csv = await download.text();
    expect(csv.split('\r\n')[0]).to.match(/^\uFEFF?Booking ID,/);
    const exported = csv.match(/^bkg_\w+/gm) ?? [];
    expect(exported).to.include(marcus.id).and.not.include(lena.id);
    // Exactly the bookings the week shows for Marcus, cancelled ones included.
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await view.updateComplete;
    const shown = [...root.querySelectorAll<HTMLElement>('li.booking')].map(
      (item) => item.dataset.bookingId,
    );
    expect([...exported].sort()).to.deep.equal(shown.sort());
  });

  it('hides cancelled bookings unless asked, and shows them struck through', async () => {
    const start = wallClock(week, 5, '11:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Gone Visitor',
    });
    await fetch(`/v1/admin/bookings/${booking.id}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const view = await openWeek('Europe/Berlin');
    const root = view.shadowRoot!;
    await until(() => !root.textContent!.includes('Loading…'));
    expect(root.querySelector(`[data-booking-id="${booking.id}"]`) === null).to.equal(true);

    const toggle = [...root.querySelectorAll('label')]
      .find((l) => l.textContent!.includes('Show cancelled'))!
      .querySelector('input')!;
    toggle.click();

    const item = await bookingItem(root, booking.id);
    expect(item.classList.contains('cancelled')).to.equal(true);
    expect(item.querySelector('button')!.ariaLabel).to.include(
      'Gone Visitor: Introductory call with Lena Fischer, cancelled',
    );
  });

  it('shows a staff user neither the staff filter nor the CSV link', async () => {
    const staffUser: Me = {
      ...me,
      user: { ...me.user, role: 'staff', staffId: DEMO.lena },
    };
    const view = await openWeek('Europe/Berlin', undefined, staffUser);
    await until(() => !view.shadowRoot!.textContent!.includes('Loading…'));

    expect(view.shadowRoot!.querySelector('#staff-filter') === null).to.equal(true);
    expect(view.shadowRoot!.querySelector('a[download]') === null).to.equal(true);
    expect(view.shadowRoot!.querySelector('h2')!.textContent).to.equal('Week');
  });
});
