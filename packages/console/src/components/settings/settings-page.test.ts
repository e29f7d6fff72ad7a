import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { switchLocale } from '../../i18n/localization.js';
import type { CalendarFeed, ConsoleUser } from '../../internal/settings-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import { adminFetch, deepActiveElement, tabUntil } from '../services/test-support.js';
import type { BookafyConsoleSettings } from './settings-page.js';

const LENA = 'stf_demolena000000000000';
const MARCUS = 'stf_demomarcus0000000000';

const sectionOf = <T extends keyof HTMLElementTagNameMap>(page: BookafyConsoleSettings, tag: T) =>
  page.shadowRoot!.querySelector(tag)!.shadowRoot!;

const buttonNamed = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll('button')].find((button) => button.ariaLabel?.startsWith(label));

/** The question a section asks before it removes something, once it is open. */
async function confirmationIn(section: ShadowRoot): Promise<HTMLDialogElement> {
  const dialog = section
    .querySelector('bookafy-console-confirm-dialog')!
    .shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'no confirmation was asked');
  return dialog;
}

/** Answers the open question of `section` with its confirming button. */
async function confirmIn(section: ShadowRoot): Promise<void> {
  (await confirmationIn(section)).querySelector<HTMLButtonElement>('button.danger')!.click();
}

const logins = async () => (await adminFetch<{ data: ConsoleUser[] }>('GET', '/users')).data;

/** The staff member's live feed as the API reports it, or `undefined` after a 404. */
async function feedOf(staffId: string): Promise<CalendarFeed | undefined> {
  const answer = await fetch(`/v1/admin/staff/${staffId}/calendar-feed`);
  if (answer.status === 404) return undefined;
  return (await answer.json()) as CalendarFeed;
}

/** For `tabUntil`: whether the focused control is the one whose accessible label is `label`. */
const labelled = (label: string) => (active: Element) => active.ariaLabel === label;

async function openSettings() {
  const page = await fixture<BookafyConsoleSettings>(
    html`<bookafy-console-settings></bookafy-console-settings>`,
  );
  await waitUntil(() => page.shadowRoot!.querySelector('#staff-usage-text'), 'no usage shown');
  return page;
}

describe('<bookafy-console-settings>', () => {
  useRealWorker();
  const invited: string[] = [];
  before(() => setSession(true));
  after(async () => {
    for (const user of await logins()) {
      if (invited.includes(user.email)) await adminFetch('DELETE', `/users/${user.id}`);
    }
    if (await feedOf(MARCUS)) await adminFetch('DELETE', `/staff/${MARCUS}/calendar-feed`);
    await setSession(false);
  });

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
    await confirmIn(users);
    await waitUntil(() => status.textContent === `${name} can no longer sign in.`, 'not removed');
    expect(
      [...users.querySelectorAll('tbody tr')].some((tr) => tr.textContent!.includes(email)),
    ).to.equal(false);
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
    await confirmIn(feeds);
    await waitUntil(() => !feeds.querySelector('#feed-url'), 'the URL stayed on screen');
    // Calendars may cache the feed for five minutes; the check asks the Worker itself.
    expect((await fetch(url.pathname, { cache: 'no-store' })).status).to.equal(404);
  });

  it('invites a staff member and removes the login by keyboard alone', async () => {
    const email = `keyboard-${crypto.randomUUID().slice(0, 8)}@harbour.example`;
    invited.push(email);
    const page = await openSettings();
    const users = sectionOf(page, 'bookafy-console-users');
    await waitUntil(() => users.querySelector('#invite-staff option'), 'no one to invite');
    const select = users.querySelector<HTMLSelectElement>('#invite-staff')!;
    expect(select.value).not.to.equal(MARCUS);

    await tabUntil((active) => active === select);
    // A closed select picks the option whose name starts with the letters typed.
    await sendKeys({ type: 'Marcus' });
    expect(select.value).to.equal(MARCUS);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('invite-email');
    await sendKeys({ type: email });
    await sendKeys({ press: 'Enter' });

    const status = users.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === `Invitation sent to ${email}.`, 'not invited');
    const login = (await logins()).find((user) => user.email === email);
    expect(login).to.deep.include({ role: 'staff', staffId: MARCUS, name: 'Marcus Reed' });

    await tabUntil(labelled('Remove the login of Marcus Reed'), { backwards: true });
    await sendKeys({ press: 'Enter' });
    // The question comes first, with Cancel focused: Escape keeps the login.
    const question = await confirmationIn(users);
    expect(question.textContent).to.contain('Remove the login of Marcus Reed?');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !question.open, 'the question stayed open');
    expect(deepActiveElement()?.ariaLabel).to.equal('Remove the login of Marcus Reed');
    expect((await logins()).map((user) => user.email)).to.include(email);
    await sendKeys({ press: 'Enter' });
    await confirmationIn(users);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Remove');
    await sendKeys({ press: 'Enter' });

    await waitUntil(
      () => status.textContent === 'Marcus Reed can no longer sign in.',
      'the login was not removed',
    );
    expect((await logins()).map((user) => user.email)).not.to.include(email);
    expect(users.querySelector('tbody')!.textContent).not.to.contain(email);
    // The row's button is gone with the login; focus stays in the section.
    expect(deepActiveElement()?.id).to.equal('users-title');
    await expect(page).to.be.accessible();
  });

  it("creates and revokes a staff member's calendar feed by keyboard alone", async () => {
    expect(await feedOf(MARCUS)).to.equal(undefined);
    const page = await openSettings();
    const feeds = sectionOf(page, 'bookafy-console-feeds');
    await waitUntil(() => buttonNamed(feeds, 'Create link for Marcus Reed'), 'no feed controls');

    await tabUntil(labelled('Create link for Marcus Reed'));
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => feeds.querySelector('#feed-url'), 'no feed URL shown');
    // The API reports a live feed but never repeats its secret URL.
    expect(await feedOf(MARCUS)).to.have.all.keys('id', 'createdAt');
    const url = new URL(feeds.querySelector<HTMLInputElement>('#feed-url')!.value);
    expect((await fetch(url.pathname, { cache: 'no-store' })).status).to.equal(200);
    const status = feeds.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal(
      'New calendar link for Marcus Reed; the old one stops working.',
    );

    await tabUntil(labelled('Revoke the calendar link of Marcus Reed'));
    await sendKeys({ press: 'Enter' });
    const question = await confirmationIn(feeds);
    expect(question.textContent).to.contain('Revoke the calendar link of Marcus Reed?');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Revoke');
    await sendKeys({ press: 'Enter' });

    await waitUntil(
      () => status.textContent === 'The calendar link of Marcus Reed no longer works.',
      'the feed was not revoked',
    );
    expect(await feedOf(MARCUS)).to.equal(undefined);
    expect((await fetch(url.pathname, { cache: 'no-store' })).status).to.equal(404);
    expect(feeds.querySelector('#feed-url')).to.equal(null);
    // The revoke button is gone with the feed; focus moves to the row's button that remains.
    expect(deepActiveElement()?.ariaLabel).to.equal('Create link for Marcus Reed');
    await expect(page).to.be.accessible();
  });

  it('says in German that a calendar link revoked meanwhile is gone', async () => {
    await adminFetch('POST', `/staff/${LENA}/calendar-feed`);
    await switchLocale('de');
    try {
      const page = await openSettings();
      const feeds = sectionOf(page, 'bookafy-console-feeds');
      const revoke = () => buttonNamed(feeds, 'Kalenderlink von Lena');
      await waitUntil(revoke, 'no revoke button');
      // Another tab revokes the link after the page has listed it.
      await adminFetch('DELETE', `/staff/${LENA}/calendar-feed`);

      revoke()!.click();
      await confirmIn(feeds);

      const alert = feeds.querySelector('[role="alert"]')!;
      await waitUntil(() => alert.textContent !== '', 'no refusal was shown');
      expect(alert.textContent).to.equal(
        'Dieses Teammitglied hat keinen aktiven Kalenderlink mehr. Bitte laden Sie die Seite neu.',
      );
      await expect(page).to.be.accessible();
    } finally {
      await switchLocale('en');
    }
  });
});
