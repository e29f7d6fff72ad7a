import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { switchLocale } from '../../i18n/localization.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleAgenda } from '../agenda.js';
import {
  bookAt,
  DEMO,
  expectFocusOn,
  until,
  wallClock,
  weekAhead,
} from './bookings.test-support.js';

describe('the details of a booking opened from the agenda', () => {
  useRealWorker();
  before(async () => {
    await setSession(true);
    await switchLocale('en');
  });
  after(() => setSession(false));

  it('opens from the Details button, follows a cancel, and gives focus back', async () => {
    const week = weekAhead();
    const start = wallClock(week, 1, '14:00', 'Europe/Berlin');
    const booking = await bookAt({
      serviceId: DEMO.intro,
      staffId: DEMO.lena,
      start,
      name: 'Agenda Alma',
    });
    const agenda = await fixture<BookafyConsoleAgenda>(html`
      <bookafy-console-agenda
        business-time-zone="Europe/Berlin"
        time-zone="Europe/Berlin"
        .from=${new Date(week.from)}
        days="1"
      ></bookafy-console-agenda>
    `);
    const root = agenda.shadowRoot!;
    const row = () => root.querySelector(`[data-booking-id="${booking.id}"]`);
    await until(row, 'the booking is not in the agenda');
    const button = [...row()!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Details',
    )!;
    expect(button.getAttribute('aria-label')).to.match(/^Details of Agenda Alma at 02:00/);

    button.focus();
    await sendKeys({ press: 'Enter' });
    const details = root.querySelector('bookafy-console-booking-details')!;
    const inside = details.shadowRoot!;
    await until(() => inside.querySelector('.history li'), 'the details did not open');
    expect(inside.querySelector('#details-title')!.textContent).to.equal('Agenda Alma');
    await expect(agenda).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => !inside.querySelector('dialog')!.open);
    await expectFocusOn(root, button);

    button.click();
    await until(() => inside.querySelector('dialog')!.open);
    await until(() => inside.querySelector('.cancel button'));
    inside.querySelector<HTMLButtonElement>('.cancel button')!.click();

    await until(() => !row(), 'the agenda kept the cancelled booking');
    details.close();
    await expectFocusOn(root, root.querySelector('h2'));
  });
});
