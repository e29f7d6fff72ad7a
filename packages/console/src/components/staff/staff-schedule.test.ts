import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import type { DateOverride, StaffMember, TimeOff } from '../../internal/staff-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import {
  adminFetch,
  buttonNamed,
  deepActiveElement,
  shadowQuery,
  typeInto,
} from '../services/test-support.js';
import type { BookafyConsoleStaffCalendar } from './staff-calendar.js';
import type { BookafyConsoleStaffDay } from './staff-day.js';
import type { BookafyConsoleStaffSchedule } from './staff-schedule.js';

const LENA = 'stf_demolena000000000000';
// Far beyond every service's booking horizon, so these dates change no slot other tests see.
const NOW = Date.parse('2030-03-06T12:00:00Z');

async function lenaSchedule() {
  const member = await adminFetch<StaffMember>('GET', `/staff/${LENA}`);
  const schedule = await fixture<BookafyConsoleStaffSchedule>(html`
    <bookafy-console-staff-schedule .member=${member} .now=${NOW}></bookafy-console-staff-schedule>
  `);
  const calendar = await shadowQuery<BookafyConsoleStaffCalendar>(
    schedule,
    'bookafy-console-staff-calendar',
  );
  await calendar.updateComplete;
  return { schedule, calendar };
}

const dayButton = (calendar: BookafyConsoleStaffCalendar, date: string) =>
  calendar.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-date="${date}"]`)!;

async function dayEditor(schedule: BookafyConsoleStaffSchedule, date: string) {
  const day = await shadowQuery<BookafyConsoleStaffDay>(schedule, 'bookafy-console-staff-day');
  await waitUntil(() => day.date === date, `the editor did not open ${date}`);
  await day.updateComplete;
  return day;
}

const statusOf = (schedule: BookafyConsoleStaffSchedule) =>
  schedule.shadowRoot!.querySelector('[role="status"]')!.textContent;

describe('<bookafy-console-staff-schedule>', () => {
  useRealWorker();
  before(() => setSession(true));
  after(async () => {
    const overrides = await adminFetch<{ data: DateOverride[] }>(
      'GET',
      `/staff/${LENA}/date-overrides?from=2030-01-01&to=2030-12-31`,
    );
    for (const { date } of overrides.data) {
      await adminFetch('DELETE', `/staff/${LENA}/date-overrides/${date}`);
    }
    const timeOff = await adminFetch<{ data: TimeOff[] }>(
      'GET',
      `/staff/${LENA}/time-off?start=2030-01-01T00:00:00Z`,
    );
    for (const { id } of timeOff.data) await adminFetch('DELETE', `/staff/${LENA}/time-off/${id}`);
    await setSession(false);
  });

  it('moves through the month grid by keyboard and closes the chosen date', async () => {
    const { schedule, calendar } = await lenaSchedule();
    const title = calendar.shadowRoot!.querySelector('#month-title')!;
    expect(title.textContent).to.equal('March 2030');
    expect(title.getAttribute('aria-live')).to.equal('polite');
    const today = dayButton(calendar, '2030-03-06');
    expect(today.tabIndex).to.equal(0);
    expect(today.getAttribute('aria-label')).to.equal('Wednesday, March 6, 2030, today');
    await expect(calendar).to.be.accessible();

    today.focus();
    for (const press of ['ArrowRight', 'ArrowDown', 'End', 'PageDown', 'Home', 'ArrowUp']) {
      await sendKeys({ press });
      await calendar.updateComplete;
    }

    expect(title.textContent).to.equal('April 2030');
    expect(deepActiveElement()).to.equal(dayButton(calendar, '2030-04-08'));
    await sendKeys({ press: 'Enter' });
    const day = await dayEditor(schedule, '2030-04-08');
    expect(day.shadowRoot!.querySelector('legend')!.textContent).to.equal(
      'Hours on Monday, April 8, 2030',
    );
    await waitUntil(() => day.weekly.length > 0, "April's weekly hours did not arrive");
    await day.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.parentElement?.textContent).to.contain(
      'Weekly hours (09:00–17:00)',
    );
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await day.updateComplete;
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('closed');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Save hours for this date');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => statusOf(schedule) === 'Monday, April 8, 2030 is closed.', 'not saved');
    const stored = await adminFetch<{ data: DateOverride[] }>(
      'GET',
      `/staff/${LENA}/date-overrides?from=2030-04-08&to=2030-04-08`,
    );
    expect(stored).to.deep.equal({ data: [{ date: '2030-04-08', intervals: [] }] });
    await waitUntil(() =>
      dayButton(calendar, '2030-04-08').getAttribute('aria-label')!.endsWith(', closed'),
    );
  });

  it('adds a whole day of time off by keyboard, in the staff member’s zone', async () => {
    const { schedule, calendar } = await lenaSchedule();
    dayButton(calendar, '2030-03-06').focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    const day = await dayEditor(schedule, '2030-04-13');

    day.shadowRoot!.querySelector<HTMLInputElement>('#off-reason')!.focus();
    await sendKeys({ type: 'Dentist' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Add time off');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => statusOf(schedule)!.startsWith('Time off '), 'no time off added');
    const { data } = await adminFetch<{ data: TimeOff[] }>(
      'GET',
      `/staff/${LENA}/time-off?start=2030-04-13T00:00:00Z&end=2030-04-14T00:00:00Z`,
    );
    // Midnight to midnight in Berlin, on summer time (UTC+2).
    expect(data.map(({ start, end, reason }) => ({ start, end, reason }))).to.deep.equal([
      { start: '2030-04-12T22:00:00Z', end: '2030-04-13T22:00:00Z', reason: 'Dentist' },
    ]);
    await waitUntil(() =>
      dayButton(calendar, '2030-04-13').getAttribute('aria-label')!.endsWith(', time off'),
    );
    const list = schedule.shadowRoot!.querySelector('bookafy-console-staff-time-off')!;
    await waitUntil(() => list.shadowRoot!.querySelector(`[data-time-off-id="${data[0]!.id}"]`));
    await expect(schedule).to.be.accessible();
  });

  it('converts time off on the night the clocks change, and deletes it from the list', async () => {
    const { schedule, calendar } = await lenaSchedule();
    dayButton(calendar, '2030-03-31').click();
    const day = await dayEditor(schedule, '2030-03-31');

    // 01:00 to 04:00 on the wall clock is two real hours: 02:00–03:00 never happens in Berlin.
    typeInto(day.shadowRoot!.querySelector<HTMLInputElement>('#off-start')!, '2030-03-31T01:00');
    typeInto(day.shadowRoot!.querySelector<HTMLInputElement>('#off-end')!, '2030-03-31T04:00');
    buttonNamed(day, 'Add time off').click();

    await waitUntil(() => statusOf(schedule)!.startsWith('Time off '), 'no time off added');
    const { data } = await adminFetch<{ data: TimeOff[] }>(
      'GET',
      `/staff/${LENA}/time-off?start=2030-03-30T00:00:00Z&end=2030-04-01T00:00:00Z`,
    );
    expect(data.map(({ start, end }) => [start, end])).to.deep.equal([
      ['2030-03-31T00:00:00Z', '2030-03-31T02:00:00Z'],
    ]);
    const list = schedule.shadowRoot!.querySelector('bookafy-console-staff-time-off')!;
    const entry = await shadowQuery(list, `[data-time-off-id="${data[0]!.id}"]`);
    entry.querySelector('button')!.click();
    await waitUntil(() => !list.shadowRoot!.querySelector(`[data-time-off-id="${data[0]!.id}"]`));
    expect(statusOf(schedule)).to.match(/^Time off .* is deleted\.$/);
  });

  it('gives a date its own hours and gives it back to the weekly hours', async () => {
    await adminFetch('PUT', `/staff/${LENA}/date-overrides/2030-03-20`, {
      intervals: [{ startMinute: 600, endMinute: 840 }],
    });
    const { schedule, calendar } = await lenaSchedule();
    await waitUntil(() =>
      dayButton(calendar, '2030-03-20').getAttribute('aria-label')!.includes('custom hours'),
    );
    expect(dayButton(calendar, '2030-03-20').getAttribute('aria-label')).to.equal(
      'Wednesday, March 20, 2030, custom hours 10:00–14:00',
    );

    dayButton(calendar, '2030-03-20').click();
    const day = await dayEditor(schedule, '2030-03-20');
    expect(day.shadowRoot!.querySelector<HTMLInputElement>('#day-0-start')!.value).to.equal(
      '10:00',
    );
    const weekly = day.shadowRoot!.querySelector<HTMLInputElement>('input[value="weekly"]')!;
    weekly.click();
    buttonNamed(day, 'Save hours for this date').click();

    await waitUntil(
      () => statusOf(schedule) === 'Wednesday, March 20, 2030 follows the weekly hours.',
    );
    const stored = await adminFetch<{ data: DateOverride[] }>(
      'GET',
      `/staff/${LENA}/date-overrides?from=2030-03-20&to=2030-03-20`,
    );
    expect(stored.data).to.deep.equal([]);
  });
});
