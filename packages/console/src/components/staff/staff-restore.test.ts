import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import { signUp } from '../../internal/console-api.js';
import type { Service } from '../../internal/services-api.js';
import type { Usage } from '../../internal/settings-api.js';
import type { StaffMember } from '../../internal/staff-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import { adminFetch, choose, deepActiveElement, shadowQuery } from '../services/test-support.js';
import type { BookafyConsoleStaff } from './staff-page.js';

/** How long to wait for a restore: a few API calls, on a busy machine. */
const ANSWER = { timeout: 10_000 };

const addStaff = (name: string, timeZone: string) =>
  adminFetch<StaffMember>('POST', '/staff', { name, timeZone });

/**
 * Signs up a new business on the free plan and signs its owner in, then gives it a staff
 * member, Noa, with a service, and archives her.
 */
async function businessWithArchivedNoa() {
  const unique = crypto.randomUUID().slice(0, 8);
  const me = await signUp({
    businessName: `Reef Studio ${unique}`,
    timeZone: 'Asia/Jerusalem',
    name: 'Dana Owner',
    email: `dana-${unique}@reef.example`,
    password: 'coral-garden-2027',
  });
  const noa = await addStaff('Noa Levi', 'Asia/Jerusalem');
  const service = await adminFetch<Service>('POST', '/services', {
    name: 'Dive briefing',
    durationMinutes: 30,
    staffIds: [noa.id],
  });
  await adminFetch('DELETE', `/staff/${noa.id}`);
  return { me, noa, service };
}

describe('<bookafy-console-staff> restoring a staff member', () => {
  useRealWorker();
  after(() => setSession(true));

  it('lists archived members and restores one, refused while the plan is full', async () => {
    const { me, noa, service } = await businessWithArchivedNoa();
    await addStaff('Ari Cohen', 'Asia/Jerusalem');
    const ola = await addStaff('Ola Berg', 'Europe/Oslo');
    const page = await fixture<BookafyConsoleStaff>(
      html`<bookafy-console-staff .me=${me}></bookafy-console-staff>`,
    );
    await shadowQuery(page, `tr[data-staff-id="${ola.id}"]`);
    expect(page.shadowRoot!.querySelector(`tr[data-staff-id="${noa.id}"]`)).to.equal(null);
    choose(page.shadowRoot!.querySelector<HTMLInputElement>('.toolbar input')!, true);
    const row = await shadowQuery(page, `tr[data-staff-id="${noa.id}"]`);
    expect(row.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Noa Levi (archived)',
    );
    await expect(page).to.be.accessible();
    const restore = () =>
      page.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Restore Noa Levi"]')!;

    restore().focus();
    restore().click();

    const alert = page.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => alert.querySelector('a'), 'no refusal shown', ANSWER);
    // The number is the limit the API reports, not one the console knows of itself.
    const usage = await adminFetch<Usage>('GET', '/usage');
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Your plan allows ${usage.staff.limit} staff members. Change the plan to add more`,
    );
    expect(alert.querySelector('a')!.getAttribute('href')).to.equal('#/settings');
    expect(deepActiveElement()).to.equal(restore());
    expect((await adminFetch<StaffMember>('GET', `/staff/${noa.id}`)).archivedAt).to.be.a('string');
    expect(usage.staff.used).to.equal(2);
    await expect(page).to.be.accessible();

    await adminFetch('DELETE', `/staff/${ola.id}`);
    restore().click();

    const status = page.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(
      () =>
        status.textContent ===
        'Noa Levi is restored. They offer no services until you choose them under Details.',
      'not restored',
      ANSWER,
    );
    expect(alert.textContent!.trim()).to.equal('');
    const restored = page.shadowRoot!.querySelector(`tr[data-staff-id="${noa.id}"]`)!;
    expect(restored.querySelector('th')!.textContent!.trim()).to.equal('Noa Levi');
    expect(restored.getAttribute('aria-current')).to.equal('true');
    // Archiving took Noa off the service; the list says she offers none.
    expect(restored.querySelectorAll('td')[2]!.textContent).to.equal('—');
    const title = page.shadowRoot!.querySelector('#member-title')!;
    expect([title.textContent, deepActiveElement()]).to.deep.equal(['Noa Levi', title]);
    expect((await adminFetch<StaffMember>('GET', `/staff/${noa.id}`)).archivedAt).to.equal(null);
    expect((await adminFetch<Service>('GET', `/services/${service.id}`)).staffIds).to.deep.equal(
      [],
    );
    expect((await adminFetch<Usage>('GET', '/usage')).staff.used).to.equal(2);
    await expect(page).to.be.accessible();
  });
});
