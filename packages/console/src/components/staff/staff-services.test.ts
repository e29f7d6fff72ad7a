import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import { signUp } from '../../internal/console-api.js';
import type { Service } from '../../internal/services-api.js';
import type { StaffMember } from '../../internal/staff-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import {
  adminFetch,
  buttonNamed,
  choose,
  shadowQuery,
  typeInto,
} from '../services/test-support.js';
import type { BookafyConsoleStaffForm } from './staff-form.js';
import type { BookafyConsoleStaff } from './staff-page.js';

/** How long to wait for a save: a few API calls, on a busy machine. */
const ANSWER = { timeout: 10_000 };

/**
 * Signs up a new business and signs its owner in, then gives it a staff member, Noa, who
 * offers a dive briefing, and two services nobody offers yet.
 */
async function diveSchool() {
  const unique = crypto.randomUUID().slice(0, 8);
  const me = await signUp({
    businessName: `Coral Dive ${unique}`,
    timeZone: 'Asia/Jerusalem',
    name: 'Dana Owner',
    email: `dana-${unique}@coral.example`,
    password: 'coral-garden-2027',
  });
  const noa = await adminFetch<StaffMember>('POST', '/staff', {
    name: 'Noa Levi',
    timeZone: 'Asia/Jerusalem',
  });
  const create = (name: string, position: number, staffIds: string[] = []) =>
    adminFetch<Service>('POST', '/services', { name, durationMinutes: 30, position, staffIds });
  return {
    me,
    noa,
    briefing: await create('Dive briefing', 0, [noa.id]),
    reefWalk: await create('Reef walk', 1),
    nightDive: await create('Night dive', 2),
  };
}

/** The staff ids of every service of the account, archived ones too, by service name. */
async function offeredBy(): Promise<Record<string, string[]>> {
  const { data } = await adminFetch<{ data: Service[] }>('GET', '/services?includeArchived=true');
  return Object.fromEntries(data.map((service) => [service.name, service.staffIds]));
}

/** The checkbox of `serviceName` under "Services offered". */
function serviceBox(form: BookafyConsoleStaffForm, serviceName: string): HTMLInputElement {
  const choice = [...form.shadowRoot!.querySelectorAll('label.choice')].find(
    (label) => label.textContent!.trim() === serviceName,
  );
  if (!choice) throw new Error(`No service "${serviceName}" to choose`);
  return choice.querySelector('input')!;
}

const textOf = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('<bookafy-console-staff-form> saving the services offered', () => {
  useRealWorker();
  after(() => setSession(true));

  it('changes no service when the API refuses one archived meanwhile, and says so', async () => {
    const { me, noa, nightDive } = await diveSchool();
    const page = await fixture<BookafyConsoleStaff>(
      html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`,
    );
    await waitUntil(
      () => page.shadowRoot!.querySelector('#member-title')?.textContent === 'Noa Levi',
      'Noa did not open',
      ANSWER,
    );
    const form = await shadowQuery<BookafyConsoleStaffForm>(page, 'bookafy-console-staff-form');
    await waitUntil(() => form.shadowRoot!.querySelectorAll('label.choice').length === 3);
    expect(serviceBox(form, 'Dive briefing').checked).to.equal(true);

    choose(serviceBox(form, 'Dive briefing'), false);
    choose(serviceBox(form, 'Reef walk'), true);
    choose(serviceBox(form, 'Night dive'), true);
    // Another tab archives the night dive while this form still offers it.
    await adminFetch('DELETE', `/services/${nightDive.id}`);
    buttonNamed(form, 'Save details').click();

    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => textOf(alert) !== '', 'no refusal shown', ANSWER);
    expect(textOf(alert)).to.equal(
      'The services offered were not changed. No longer available, perhaps archived ' +
        'meanwhile: Night dive. Reload the page to see the current services.',
    );
    expect(serviceBox(form, 'Night dive').getAttribute('aria-invalid')).to.equal('true');
    expect(serviceBox(form, 'Reef walk').getAttribute('aria-invalid')).to.equal('false');
    expect(await offeredBy()).to.deep.equal({
      'Dive briefing': [noa.id],
      'Reef walk': [],
      'Night dive': [],
    });
    expect(page.shadowRoot!.querySelector('[role="status"]')!.textContent).not.to.contain('saved');
    await expect(form).to.be.accessible();

    choose(serviceBox(form, 'Night dive'), false);
    buttonNamed(form, 'Save details').click();

    const status = page.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === 'Noa Levi is saved.', 'not saved', ANSWER);
    expect(await offeredBy()).to.deep.equal({
      'Dive briefing': [],
      'Reef walk': [noa.id],
      'Night dive': [],
    });
  });

  it('adds a new member once when a first save was refused for a service', async () => {
    const { me, nightDive } = await diveSchool();
    const page = await fixture<BookafyConsoleStaff>(
      html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`,
    );
    await waitUntil(() => page.shadowRoot!.querySelector('#member-title'), 'no staff', ANSWER);
    buttonNamed(page, 'Add staff member').click();
    const form = await shadowQuery<BookafyConsoleStaffForm>(
      page,
      'dialog bookafy-console-staff-form',
    );
    await waitUntil(() => form.shadowRoot!.querySelectorAll('label.choice').length === 3);
    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#staff-name')!, 'Ido Katz');
    choose(form.shadowRoot!.querySelector('select')!, 'Asia/Jerusalem');
    choose(serviceBox(form, 'Night dive'), true);
    await adminFetch('DELETE', `/services/${nightDive.id}`);
    buttonNamed(form, 'Add staff member').click();
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => textOf(alert) !== '', 'no refusal shown', ANSWER);
    expect(textOf(alert)).to.contain('The services offered were not changed.');

    choose(serviceBox(form, 'Night dive'), false);
    buttonNamed(form, 'Add staff member').click();

    const status = page.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === 'Ido Katz is saved.', 'not saved', ANSWER);
    const { data } = await adminFetch<{ data: StaffMember[] }>('GET', '/staff');
    expect(data.map((member) => member.name).sort()).to.deep.equal(['Ido Katz', 'Noa Levi']);
  });
});
