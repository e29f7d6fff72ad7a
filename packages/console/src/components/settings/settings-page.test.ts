import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleSettings } from './settings-page.js';

const sectionOf = <T extends keyof HTMLElementTagNameMap>(page: BookafyConsoleSettings, tag: T) =>
  page.shadowRoot!.querySelector(tag)!.shadowRoot!;

const buttonNamed = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll('button')].find((button) => button.ariaLabel?.startsWith(label));

async function openSettings() {
  const page = await fixture<BookafyConsoleSettings>(
    html`<bookafy-console-settings></bookafy-console-settings>`,
  );
  await waitUntil(() => page.shadowRoot!.querySelector('#staff-usage-text'), 'no usage shown');
  return page;
}

describe('<bookafy-console-settings>', () => {
  useRealWorker();
  before(() => setSession(true));
  after(() => setSession(false));

  it('shows the plan and its usage as the API counts it', async () => {
    const usage = (await (await fetch('/v1/admin/usage')).json()) as {
      plan: string;
      staff: { used: number; limit: number };
      monthlyBookings: { used: number; limit: number };
    };

    const page = await openSettings();

    const root = page.shadowRoot!;
    expect(usage.plan).to.equal('free');
    expect(root.querySelector('#plan-title')!.textContent!.trim()).to.equal('Free plan');
    const staffMeter = root.querySelector<HTMLMeterElement>('#staff-usage')!;
    expect(staffMeter.value).to.equal(usage.staff.used);
    expect(staffMeter.max).to.equal(usage.staff.limit);
    expect(staffMeter.labels[0]!.textContent).to.equal('Staff members');
    expect(root.querySelector('#booking-usage-text')!.textContent).to.equal(
      `${usage.monthlyBookings.used} of ${usage.monthlyBookings.limit}`,
    );
    await expect(page).to.be.accessible();
  });

  it('invites a staff member, lists the login, and removes it again', async () => {
    const page = await openSettings();
    const users = sectionOf(page, 'bookafy-console-users');
    await waitUntil(() => users.querySelector('#invite-staff option'), 'no one to invite');
    const email = `invitee-${crypto.randomUUID().slice(0, 8)}@harbour.example`;

    const select = users.querySelector<HTMLSelectElement>('#invite-staff')!;
    const invitee = select.selectedOptions[0]!.textContent!.trim();
    users.querySelector<HTMLInputElement>('#invite-email')!.value = email;
    users.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();

    const status = users.querySelector('[role="status"]')!;
    const rowOf = () =>
      [...users.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(email));
    await waitUntil(rowOf, 'the invited login is not listed');
    expect(status.textContent).to.equal(`Invitation sent to ${email}.`);
    const row = rowOf();
    expect(row!.textContent).to.contain(`Staff: ${invitee}`);
    await expect(page).to.be.accessible();

    const invited = (await (await fetch('/v1/admin/users')).json()) as {
      data: { email: string; role: string }[];
    };
    expect(invited.data.find((user) => user.email === email)?.role).to.equal('staff');

    const name = row!.querySelector('th')!.textContent!.trim();
    buttonNamed(users, `Remove the login of ${name}`)!.click();
    await waitUntil(
      () => ![...users.querySelectorAll('tbody tr')].some((tr) => tr.textContent!.includes(email)),
      'the login stayed',
    );
    expect(status.textContent).to.equal(`${name} can no longer sign in.`);
  });

  it("creates a staff member's calendar feed that calendars can read, and revokes it", async () => {
    const page = await openSettings();
    const feeds = sectionOf(page, 'bookafy-console-feeds');
    await waitUntil(() => buttonNamed(feeds, 'Create link for Lena'), 'no feed controls');

    buttonNamed(feeds, 'Create link for Lena')!.click();
    await waitUntil(() => feeds.querySelector('#feed-url'), 'no feed URL shown');

    const url = new URL(feeds.querySelector<HTMLInputElement>('#feed-url')!.value);
    expect(url.pathname).to.match(/^\/v1\/feeds\/[^/]+\.ics$/);
    const calendar = await fetch(url.pathname);
    expect(calendar.status).to.equal(200);
    expect(calendar.headers.get('content-type')).to.contain('text/calendar');
    expect(await calendar.text()).to.contain('BEGIN:VCALENDAR');
    await expect(page).to.be.accessible();

    await waitUntil(() => buttonNamed(feeds, 'Revoke the calendar link of Lena'), 'no revoke');
    buttonNamed(feeds, 'Revoke the calendar link of Lena')!.click();
    await waitUntil(() => !feeds.querySelector('#feed-url'), 'the URL stayed on screen');
    // Calendars may cache the feed for five minutes; the check asks the Worker itself.
    expect((await fetch(url.pathname, { cache: 'no-store' })).status).to.equal(404);
  });
});
