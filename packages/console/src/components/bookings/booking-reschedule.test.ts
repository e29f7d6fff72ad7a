import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { switchLocale } from '../../i18n/localization.js';
import type { AdminBooking } from '../../internal/bookings-api.js';
import { currentSession, type Me } from '../../internal/console-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import { deepActiveElement, tabUntil } from '../services/test-support.js';
import type { BookafyConsoleBookingReschedule } from './booking-reschedule.js';
import { bookAt, bookingItem, DEMO, until, wallClock, weekAhead } from './bookings.test-support.js';
import type { BookafyConsoleWeek } from './week-page.js';

const week = weekAhead();
const ZONE = 'America/New_York';
let me: Me;

const textOf = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Types `date` (`YYYY-MM-DD`) into the focused date field segment by segment, in the order the
 * browser's language lays them out, as a person typing digits would.
 */
async function typeDate(date: string) {
  const [year, month, day] = date.split('-') as [string, string, string];
  const digits: Record<string, string> = { year, month, day };
  const order = new Intl.DateTimeFormat(navigator.language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(Date.UTC(2027, 0, 20))
    .map((part) => part.type)
    .filter((type) => type in digits);
  for (const segment of order) await sendKeys({ type: digits[segment]! });
}

describe('<bookafy-console-booking-reschedule>', () => {
  useRealWorker();
  before(async () => {
    await setSession(true);
    await switchLocale('en');
    me = (await currentSession())!;
  });
  after(() => setSession(false));

  it('moves a booking to another day and time by keyboard alone', async () => {
    const start = wallClock(week, 4, '12:00', ZONE);
    const target = wallClock(week, 5, '13:00', ZONE);
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.marcus,
      start,
      name: 'Keyboard Kai',
    });
    const view = await fixture<BookafyConsoleWeek>(html`
      <bookafy-console-week
        .me=${me}
        .date=${new Date(week.from + 36 * 3_600_000)}
        time-zone=${ZONE}
      ></bookafy-console-week>
    `);
    const root = view.shadowRoot!;
    const details = root.querySelector('bookafy-console-booking-details')!;
    const inside = details.shadowRoot!;
    const opener = (await bookingItem(root, booking.id)).querySelector('button')!;

    opener.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(inside, '#details-title') === 'Keyboard Kai', 'no details shown');
    await tabUntil((active) => active.textContent?.trim() === 'Reschedule');
    await sendKeys({ press: 'Enter' });
    const formOf = () =>
      inside.querySelector<BookafyConsoleBookingReschedule>('bookafy-console-booking-reschedule');
    await until(formOf, 'Reschedule did not show the form');
    const form = formOf()!;
    const formRoot = form.shadowRoot!;
    await until(() => formRoot.querySelector('input[type="radio"]'), 'no free times shown');
    await expect(form).to.be.accessible();

    // The date field, typed digit by digit: the times of that day replace the old ones.
    await tabUntil((active) => active.id === 'date');
    await typeDate(week.dates[4]!);
    const dateField = formRoot.querySelector<HTMLInputElement>('#date')!;
    expect(dateField.value).to.equal(week.dates[4]);
    const radios = () => [...formRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const wanted = () => radios().find((radio) => Date.parse(radio.value) === target);
    await until(wanted, 'the new day offers no 13:00');

    // Into the times, then along them with the arrow keys, which choose as they go.
    await tabUntil((active) => active.getAttribute('name') === 'slot');
    expect(deepActiveElement()).to.equal(radios()[0]);
    for (let presses = 0; deepActiveElement() !== wanted() && presses < 40; presses++) {
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(wanted()!.checked, 'the 13:00 radio is chosen').to.equal(true);
    await tabUntil((active) => active.textContent?.trim() === 'Move booking');
    await sendKeys({ press: 'Enter' });

    await until(() => textOf(inside, '[role="status"]') === 'The booking has moved.');
    const moved = (await fetch(`/v1/admin/bookings/${booking.id}`).then((answer) =>
      answer.json(),
    )) as AdminBooking;
    expect(Date.parse(moved.start)).to.equal(target);
    await until(() => inside.querySelectorAll('.history li').length === 2, 'no move listed');

    await sendKeys({ press: 'Escape' });
    await until(() => !inside.querySelector('dialog')!.open, 'Escape did not close the dialog');
    // The booking now stands on Friday, drawn anew there; its new button takes focus back.
    const redrawn = (await bookingItem(root, booking.id)).querySelector('button')!;
    expect(redrawn.isConnected && redrawn !== opener, 'the booking was drawn anew').to.equal(true);
    await until(() => root.activeElement === redrawn, 'focus did not follow the booking');
  });
});
