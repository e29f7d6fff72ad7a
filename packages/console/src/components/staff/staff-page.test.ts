import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import type { StaffMember, WorkingInterval } from '../../internal/staff-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import {
  adminFetch,
  buttonNamed,
  choose,
  demoMe,
  shadowQuery,
  typeInto,
} from '../services/test-support.js';
import type { BookafyConsoleStaffForm } from './staff-form.js';
import type { BookafyConsoleStaff } from './staff-page.js';
import type { BookafyConsoleStaffWeek } from './staff-week.js';

const MARCUS = 'stf_demomarcus0000000000';

async function openPage(): Promise<BookafyConsoleStaff> {
  const me = await demoMe();
  const page = await fixture<BookafyConsoleStaff>(
    html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`,
  );
  await shadowQuery(page, `tr[data-staff-id="${MARCUS}"]`);
  return page;
}

async function openMarcus(page: BookafyConsoleStaff) {
  page
    .shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label="Hours and details of Marcus Reed"]',
    )!
    .click();
  await waitUntil(
    () => page.shadowRoot!.querySelector('#member-title')?.textContent === 'Marcus Reed',
  );
  const form = await shadowQuery<BookafyConsoleStaffForm>(page, 'bookafy-console-staff-form');
  const week = await shadowQuery<BookafyConsoleStaffWeek>(page, 'bookafy-console-staff-week');
  await week.updateComplete;
  await waitUntil(
    () => week.shadowRoot!.querySelector('table')!.getAttribute('aria-busy') === 'false',
    "Marcus's week did not load",
  );
  return { form, week };
}

const statusOf = (element: Element) =>
  element.shadowRoot!.querySelector('[role="status"]')!.textContent;

describe('<bookafy-console-staff>', () => {
  useRealWorker();
  let marcus: StaffMember;
  let marcusHours: WorkingInterval[];
  const added: string[] = [];

  before(async () => {
    await setSession(true);
    marcus = await adminFetch<StaffMember>('GET', `/staff/${MARCUS}`);
    marcusHours = (
      await adminFetch<{ data: WorkingInterval[] }>('GET', `/staff/${MARCUS}/working-hours`)
    ).data;
  });
  after(async () => {
    await adminFetch('PATCH', `/staff/${MARCUS}`, {
      name: marcus.name,
      email: marcus.email,
      timeZone: marcus.timeZone,
    });
    await adminFetch('PUT', `/staff/${MARCUS}/working-hours`, { intervals: marcusHours });
    for (const id of added) await adminFetch('DELETE', `/staff/${id}`);
    await setSession(false);
  });

  it('lists the staff with their zones and services, and opens the first', async () => {
    const page = await openPage();

    const row = page.shadowRoot!.querySelector(`tr[data-staff-id="${MARCUS}"]`)!;
    expect(row.querySelector('th')!.textContent).to.equal('Marcus Reed');
    expect(row.textContent).to.contain('America/New_York');
    expect(row.textContent).to.contain('Introductory call');
    await waitUntil(() => page.shadowRoot!.querySelector('#member-title'));
    expect(page.shadowRoot!.querySelector('#member-title')!.textContent).to.equal('Lena Fischer');
    await expect(page).to.be.accessible();
  });

  it('adds a staff member, or says that the free plan allows two and links to the plan', async () => {
    const page = await openPage();
    buttonNamed(page, 'Add staff member').click();
    const dialog = page.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.querySelector('bookafy-console-staff-form'), 'no form');
    const form = dialog.querySelector<BookafyConsoleStaffForm>('bookafy-console-staff-form')!;
    await form.updateComplete;
    expect(dialog.open).to.equal(true);

    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#staff-name')!, 'Aiko Tanaka');
    choose(form.shadowRoot!.querySelector('select')!, 'Asia/Tokyo');
    buttonNamed(form, 'Add staff member').click();

    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(
      () => statusOf(page) === 'Aiko Tanaka is saved.' || alert.textContent!.trim() !== '',
      'neither saved nor refused',
    );
    if (statusOf(page) === 'Aiko Tanaka is saved.') {
      const created = (await adminFetch<{ data: StaffMember[] }>('GET', '/staff')).data.find(
        (member) => member.name === 'Aiko Tanaka',
      )!;
      added.push(created.id);
      expect(created.timeZone).to.equal('Asia/Tokyo');
      expect(dialog.open).to.equal(false);
    } else {
      expect(alert.textContent).to.contain('The free plan allows 2 staff members.');
      expect(alert.querySelector('a')!.getAttribute('href')).to.equal('#/settings');
      await expect(form).to.be.accessible();
    }
  });

  it("shows the API's refusal of an email address beside the field and keeps the old one", async () => {
    const page = await openPage();
    const { form } = await openMarcus(page);

    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#staff-email')!, 'marcus@studio');
    buttonNamed(form, 'Save details').click();

    const error = form.shadowRoot!.querySelector('#staff-email-error')!;
    await waitUntil(() => error.textContent !== '', 'no refusal shown');
    expect(error.textContent).to.equal('Expected an email address such as mira@studio.example.');
    expect(form.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Some fields are not valid.',
    );
    const stored = await adminFetch<StaffMember>('GET', `/staff/${MARCUS}`);
    expect(stored.email).to.equal(marcus.email);
  });

  it("sets weekly hours on the grid in the member's zone, stores them as typed, and shows them again", async () => {
    const page = await openPage();
    const { form, week } = await openMarcus(page);
    choose(form.shadowRoot!.querySelector('select')!, 'Asia/Tokyo');
    buttonNamed(form, 'Save details').click();
    await waitUntil(() => statusOf(page) === 'Marcus Reed is saved.', 'the zone was not saved');
    await waitUntil(
      () => week.shadowRoot!.querySelector('.zone')!.textContent === 'Times in Asia/Tokyo',
    );

    const field = (id: string) => week.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    typeInto(field('d1-0-start'), '08:30');
    typeInto(field('d1-0-end'), '12:00');
    field('d1-add').click();
    await week.updateComplete;
    typeInto(field('d1-1-start'), '13:00');
    typeInto(field('d1-1-end'), '17:30');
    buttonNamed(week, 'Copy Monday to Tuesday–Friday').click();
    field('d7-add').click();
    await week.updateComplete;
    typeInto(field('d7-0-start'), '22:00');
    typeInto(field('d7-0-end'), '02:00');
    choose(
      field('d7-0-start').closest('.range')!.querySelector<HTMLInputElement>('[type="checkbox"]')!,
      true,
    );
    await week.updateComplete;
    expect(
      week
        .shadowRoot!.querySelector('label[for="d7-0-start"]')!
        .textContent!.replace(/\s+/g, ' ')
        .trim(),
    ).to.equal('Sunday, range 1, from');
    buttonNamed(week, 'Save weekly hours').click();
    await waitUntil(
      () => statusOf(week) === 'The weekly hours are saved.',
      'the week was not saved',
    );

    const stored = await adminFetch<{ data: WorkingInterval[] }>(
      'GET',
      `/staff/${MARCUS}/working-hours`,
    );
    const weekday = (day: number) => [
      { weekday: day, startMinute: 510, endMinute: 720 },
      { weekday: day, startMinute: 780, endMinute: 1050 },
    ];
    expect(stored.data).to.deep.equal([
      ...[1, 2, 3, 4, 5].flatMap(weekday),
      { weekday: 6, startMinute: 600, endMinute: 840 },
      { weekday: 7, startMinute: 1320, endMinute: 1560 },
    ]);

    const again = await openPage();
    const reloaded = await openMarcus(again);
    const shown = (id: string) =>
      reloaded.week.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.value;
    expect(reloaded.week.shadowRoot!.querySelector('.zone')!.textContent).to.equal(
      'Times in Asia/Tokyo',
    );
    expect([
      shown('d1-0-start'),
      shown('d1-0-end'),
      shown('d5-1-end'),
      shown('d6-0-start'),
    ]).to.deep.equal(['08:30', '12:00', '17:30', '10:00']);
    expect([shown('d7-0-start'), shown('d7-0-end')]).to.deep.equal(['22:00', '02:00']);
    await expect(reloaded.week).to.be.accessible();
  });
});
