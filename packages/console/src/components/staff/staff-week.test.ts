import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import type { WorkingInterval } from '../../internal/staff-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import {
  adminFetch,
  buttonNamed,
  deepActiveElement,
  tabUntil,
  typeInto,
} from '../services/test-support.js';
import type { BookafyConsoleStaffWeek } from './staff-week.js';

const LENA = 'stf_demolena000000000000';
const MARCUS = 'stf_demomarcus0000000000';

async function staffWeek(staffId: string, timeZone: string): Promise<BookafyConsoleStaffWeek> {
  const week = await fixture<BookafyConsoleStaffWeek>(html`
    <bookafy-console-staff-week
      staff-id=${staffId}
      time-zone=${timeZone}
    ></bookafy-console-staff-week>
  `);
  await new Promise<void>((resolve) => {
    const check = () =>
      week.shadowRoot!.querySelector('#d1-0-start') ? resolve() : setTimeout(check, 50);
    check();
  });
  return week;
}

const lenaWeek = () => staffWeek(LENA, 'Europe/Berlin');

const workingHours = async (staffId: string) =>
  (await adminFetch<{ data: WorkingInterval[] }>('GET', `/staff/${staffId}/working-hours`)).data;

/**
 * Where a day's first range is drawn on its 24-hour bar, as fractions of the bar, measured
 * rather than read from inline styles, which the console page's policy drops.
 */
function drawnRange(week: BookafyConsoleStaffWeek, weekday: number) {
  const root = week.shadowRoot!;
  const range = root.querySelector<HTMLElement>(`tr[data-weekday="${weekday}"] .track span`)!;
  const bar = range.parentElement!.getBoundingClientRect();
  const drawn = range.getBoundingClientRect();
  return { start: (drawn.left - bar.left) / bar.width, length: drawn.width / bar.width };
}

/** A `HH:MM` time as a fraction of the day. */
const dayFraction = (time: string) =>
  (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) / 1440;

describe('<bookafy-console-staff-week>', () => {
  useRealWorker();
  let stored: WorkingInterval[];
  let marcusStored: WorkingInterval[];
  before(async () => {
    await setSession(true);
    stored = await workingHours(LENA);
    marcusStored = await workingHours(MARCUS);
  });
  after(async () => {
    // Other files book Marcus's slots: his week goes back to what it was.
    await adminFetch('PUT', `/staff/${MARCUS}/working-hours`, { intervals: marcusStored });
    await setSession(false);
  });

  it("shows the week in the staff member's zone, with each time labelled by day", async () => {
    const week = await lenaWeek();

    expect(week.shadowRoot!.querySelector('.zone')!.textContent).to.equal('Times in Europe/Berlin');
    const rows = [...week.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(rows).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    const start = week.shadowRoot!.querySelector<HTMLInputElement>('#d3-0-start')!;
    expect(start.value).to.equal('09:00');
    expect(start.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Wednesday, range 1, from',
    );
    const end = week.shadowRoot!.querySelector<HTMLInputElement>('#d3-0-end')!;
    const wednesday = drawnRange(week, 3);
    expect(wednesday.start).to.be.closeTo(dayFraction(start.value), 0.01);
    expect(wednesday.length).to.be.closeTo(dayFraction(end.value) - dayFraction(start.value), 0.01);
    expect(
      week.shadowRoot!.querySelectorAll('tr[data-weekday="6"] input[type="time"]'),
    ).to.have.length(0);
    await expect(week).to.be.accessible();
  });

  it('marks an end before its start and overlapping hours as typed, saving nothing', async () => {
    const week = await lenaWeek();
    const field = (id: string) => week.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

    typeInto(field('d1-0-end'), '08:00');
    field('d2-add').click();
    await week.updateComplete;
    typeInto(field('d2-1-start'), '16:00');
    typeInto(field('d2-1-end'), '18:00');
    await week.updateComplete;

    expect(field('d1-0-error').textContent).to.equal('The end must be after the start.');
    expect(field('d1-0-end').getAttribute('aria-invalid')).to.equal('true');
    expect(field('d2-1-error').textContent).to.equal('These hours overlap other hours.');
    buttonNamed(week, 'Save weekly hours').click();
    await week.updateComplete;
    expect(week.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'Some hours need correcting; see the marked ranges.',
    );
    expect(deepActiveElement()).to.equal(field('d1-0-start'));
    const after = await adminFetch<{ data: WorkingInterval[] }>(
      'GET',
      `/staff/${LENA}/working-hours`,
    );
    expect(after.data).to.deep.equal(stored);
  });

  it('removes a range and copies Monday to the other weekdays without saving', async () => {
    const week = await lenaWeek();
    const field = (id: string) => week.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

    typeInto(field('d1-0-start'), '07:00');
    typeInto(field('d1-0-end'), '17:00');
    week
      .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove Friday, range 1"]')!
      .click();
    buttonNamed(week, 'Copy Monday to Tuesday–Friday').click();
    await week.updateComplete;

    expect(field('d5-0-start').value).to.equal('07:00');
    expect(week.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      "Monday's hours are copied to Tuesday through Friday.",
    );
    const monday = drawnRange(week, 1);
    expect(monday.start).to.be.closeTo(7 / 24, 0.01);
    expect(monday.length).to.be.closeTo(10 / 24, 0.01);
  });

  it('changes a day’s hours and adds a range by keyboard alone, and saves them', async () => {
    const week = await staffWeek(MARCUS, 'America/New_York');
    const field = (id: string) => week.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    const focused = (id: string) => (active: Element) => active.id === id;

    // Marcus works no Sundays: his Sunday gets hours, as an owner would give them.
    const passed = await tabUntil(focused('d7-add'));
    expect(passed).to.include.members(['d1-0-start', 'd1-0-end', 'd6-0-start', 'd6-0-end']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field('d7-0-start'), 'Sunday got no range');
    // The new range's start takes focus, ready for its time.
    await waitUntil(() => week.shadowRoot!.activeElement?.id === 'd7-0-start', 'focus stayed');
    // Chromium's time field takes the hour, then the minutes, then A or P for the half-day.
    await sendKeys({ type: '1000A' });
    await tabUntil(focused('d7-0-end'));
    await sendKeys({ type: '1130A' });
    await tabUntil(focused('d7-add'));
    await sendKeys({ press: 'Space' });
    await week.updateComplete;
    expect([field('d7-0-start').value, field('d7-0-end').value]).to.deep.equal(['10:00', '11:30']);
    await waitUntil(() => week.shadowRoot!.activeElement?.id === 'd7-1-start', 'focus stayed');
    await tabUntil((active) => active.textContent?.trim() === 'Save weekly hours');
    await sendKeys({ press: 'Enter' });

    const status = week.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === 'The weekly hours are saved.', 'not saved');
    // The added range starts an hour after the first ends and lasts an hour.
    expect(await workingHours(MARCUS)).to.deep.equal([
      ...marcusStored,
      { weekday: 7, startMinute: 600, endMinute: 690 },
      { weekday: 7, startMinute: 750, endMinute: 810 },
    ]);
    expect(field('d7-1-start').value).to.equal('12:30');
    await expect(week).to.be.accessible();
  });
});
