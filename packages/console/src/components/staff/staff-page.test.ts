import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import { signUp } from '../../internal/console-api.js';
import type { Service } from '../../internal/services-api.js';
import type { Usage } from '../../internal/settings-api.js';
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

const LENA = 'stf_demolena000000000000';
const MARCUS = 'stf_demomarcus0000000000';
const MASSAGE = 'svc_demomassage000000000';

/** How long to wait for a save: a few API calls, on a busy machine. */
const ANSWER = { timeout: 10_000 };

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

/** Opens "Add staff member" and returns the new member's form in its dialog. */
async function openAddDialog(page: BookafyConsoleStaff): Promise<BookafyConsoleStaffForm> {
  buttonNamed(page, 'Add staff member').click();
  const dialog = page.shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.querySelector('bookafy-console-staff-form'), 'no form');
  const form = dialog.querySelector<BookafyConsoleStaffForm>('bookafy-console-staff-form')!;
  await form.updateComplete;
  expect(dialog.open).to.equal(true);
  return form;
}

/** The checkbox of `serviceName` under "Services offered". */
function serviceBox(form: BookafyConsoleStaffForm, serviceName: string): HTMLInputElement {
  const choice = [...form.shadowRoot!.querySelectorAll('label.choice')].find(
    (label) => label.textContent!.trim() === serviceName,
  );
  if (!choice) throw new Error(`No service "${serviceName}" to choose`);
  return choice.querySelector('input')!;
}

/** The names of the services ticked under "Services offered". */
const offeredIn = (form: BookafyConsoleStaffForm) =>
  [...form.shadowRoot!.querySelectorAll('label.choice')]
    .filter((label) => label.querySelector('input')!.checked)
    .map((label) => label.textContent!.trim());

const statusOf = (element: Element) =>
  element.shadowRoot!.querySelector('[role="status"]')!.textContent;

/** Signs up a new business on the free plan, with no staff, and signs its owner in. */
function signUpNewBusiness() {
  const unique = crypto.randomUUID().slice(0, 8);
  return signUp({
    businessName: `Kelp Studio ${unique}`,
    timeZone: 'Europe/Lisbon',
    name: 'Rui Owner',
    email: `rui-${unique}@kelp.example`,
    password: 'kelp-forest-2027',
  });
}

describe('<bookafy-console-staff>', () => {
  useRealWorker();
  let marcus: StaffMember;
  let marcusHours: WorkingInterval[];
  let services: Service[];

  before(async () => {
    await setSession(true);
    marcus = await adminFetch<StaffMember>('GET', `/staff/${MARCUS}`);
    marcusHours = (
      await adminFetch<{ data: WorkingInterval[] }>('GET', `/staff/${MARCUS}/working-hours`)
    ).data;
    services = (await adminFetch<{ data: Service[] }>('GET', '/services')).data;
  });
  after(async () => {
    await adminFetch('PATCH', `/staff/${MARCUS}`, {
      name: marcus.name,
      email: marcus.email,
      timeZone: marcus.timeZone,
    });
    await adminFetch('PUT', `/staff/${MARCUS}/working-hours`, { intervals: marcusHours });
    for (const { id, staffIds } of services) {
      await adminFetch('PATCH', `/services/${id}`, { staffIds });
    }
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

  it('adds a staff member to a new business from the Add dialog and lists them', async () => {
    const me = await signUpNewBusiness();
    try {
      const page = await fixture<BookafyConsoleStaff>(
        html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`,
      );
      const empty = () => page.shadowRoot!.textContent!.includes('No staff members yet.');
      await waitUntil(empty, 'the new business has staff already', ANSWER);
      const form = await openAddDialog(page);

      typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#staff-name')!, 'Aiko Tanaka');
      choose(form.shadowRoot!.querySelector('select')!, 'Asia/Tokyo');
      buttonNamed(form, 'Add staff member').click();

      await waitUntil(() => statusOf(page) === 'Aiko Tanaka is saved.', 'not saved', ANSWER);
      const { data } = await adminFetch<{ data: StaffMember[] }>('GET', '/staff');
      expect(data.map(({ name, timeZone }) => ({ name, timeZone }))).to.deep.equal([
        { name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo' },
      ]);
      expect(page.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      const row = await shadowQuery(page, `tr[data-staff-id="${data[0]!.id}"]`);
      expect(row.querySelector('th')!.textContent).to.equal('Aiko Tanaka');
      expect(row.textContent).to.contain('Asia/Tokyo');
    } finally {
      await setSession(true);
    }
  });

  it('archives a staff member after a confirmation, freeing their place on the plan', async () => {
    const me = await signUpNewBusiness();
    try {
      const member = await adminFetch<StaffMember>('POST', '/staff', {
        name: 'Noa Levi',
        timeZone: 'Asia/Jerusalem',
      });
      const page = await fixture<BookafyConsoleStaff>(
        html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`,
      );
      await waitUntil(() => page.shadowRoot!.querySelector('#member-title'), 'no member', ANSWER);
      const archive = () =>
        page.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Archive Noa Levi"]')!;
      const dialog = () =>
        page.shadowRoot!.querySelector('bookafy-console-confirm-dialog')!.shadowRoot!;
      const asked = () =>
        waitUntil(() => dialog().querySelector('dialog')?.open, 'no question asked');
      const answer = (label: string) => buttonNamed(dialog().host, label).click();

      archive().click();
      await asked();
      expect(dialog().querySelector('#question')!.textContent).to.contain('Archive Noa Levi?');
      await expect(page).to.be.accessible();
      answer('Cancel');
      const kept = await adminFetch<StaffMember>('GET', `/staff/${member.id}`);
      archive().click();
      await asked();
      answer('Archive');

      await waitUntil(() => statusOf(page) === 'Noa Levi is archived.', 'not archived', ANSWER);
      expect(kept.archivedAt).to.equal(null);
      const archived = await adminFetch<StaffMember>('GET', `/staff/${member.id}`);
      expect(archived.archivedAt).to.be.a('string');
      expect(page.shadowRoot!.querySelector(`tr[data-staff-id="${member.id}"]`)).to.equal(null);
      expect(page.shadowRoot!.textContent).to.contain('No staff members yet.');
      expect((await adminFetch<Usage>('GET', '/usage')).staff.used).to.equal(0);
      expect(page.shadowRoot!.activeElement?.id).to.equal('add-staff');
    } finally {
      await setSession(true);
    }
  });

  it('refuses a third staff member on the free plan and links to the plan page', async () => {
    const usage = await adminFetch<Usage>('GET', '/usage');
    expect([usage.plan, usage.staff]).to.deep.equal(['free', { used: 2, limit: 2 }]);
    const page = await openPage();
    const form = await openAddDialog(page);

    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#staff-name')!, 'Aiko Tanaka');
    choose(form.shadowRoot!.querySelector('select')!, 'Asia/Tokyo');
    buttonNamed(form, 'Add staff member').click();

    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => alert.querySelector('a'), 'no refusal shown', ANSWER);
    // The number is the limit the API reports, not one the console knows of itself.
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Your plan allows ${usage.staff.limit} staff members. Change the plan to add more`,
    );
    expect(alert.querySelector('a')!.getAttribute('href')).to.equal('#/settings');
    expect(page.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const { data } = await adminFetch<{ data: StaffMember[] }>('GET', '/staff');
    expect(data.map((member) => member.id)).to.deep.equal([LENA, MARCUS]);
    await expect(form).to.be.accessible();
  });

  it('saves which services a staff member offers, and shows them again when reopened', async () => {
    const page = await openPage();
    const { form } = await openMarcus(page);
    expect(offeredIn(form)).to.deep.equal(['Introductory call']);

    choose(serviceBox(form, 'Introductory call'), false);
    choose(serviceBox(form, 'Sports massage'), true);
    buttonNamed(form, 'Save details').click();

    await waitUntil(() => statusOf(page) === 'Marcus Reed is saved.', 'not saved', ANSWER);
    const { data } = await adminFetch<{ data: Service[] }>('GET', '/services');
    const offersMarcus = data.filter((service) => service.staffIds.includes(MARCUS));
    expect(offersMarcus.map((service) => service.id)).to.deep.equal([MASSAGE]);
    const row = page.shadowRoot!.querySelector(`tr[data-staff-id="${MARCUS}"]`)!;
    await waitUntil(() => row.textContent!.includes('Sports massage'), 'the list is not updated');
    expect(row.textContent).not.to.contain('Introductory call');

    const reloaded = await openMarcus(await openPage());
    expect(offeredIn(reloaded.form)).to.deep.equal(['Sports massage']);
  });

  it("shows the API's refusal of an email beside the field and keeps the old one", async () => {
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

  it("stores weekly hours as typed in the member's zone, and shows them again", async () => {
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
