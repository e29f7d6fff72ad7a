import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { demoOwner } from '../scripts/demo-account.mjs';
import { launchChromium } from './browser.js';
import { bookIntroCallWith } from './support/api.js';
import { chooseDayNextMonth, chooseFirstTime, submitDetails } from './support/booking-flow.js';
import { serveOtherOrigin } from './support/other-origin.js';
import { baseUrl, cspViolations, demo, openPage } from './support/pages.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Moves the agenda on, two weeks at a time, until `row` shows (at most three months). */
async function pageTo(page: Page, row: Locator): Promise<void> {
  for (let step = 0; step < 7 && !(await row.isVisible()); step++) {
    await page.getByRole('button', { name: 'Later' }).click();
    await row.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
}

/** The token of the newest console link (reset or invitation) the dev mailer holds for `to`. */
async function mailedConsoleToken(page: Page, to: string): Promise<string> {
  await page.goto(new URL('dev/mail', baseUrl).href);
  const newest = page.locator('article').filter({ hasText: to }).first();
  const text = (await newest.locator('pre').textContent()) ?? '';
  const token = /\/console\/#reset=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`No console link was mailed to ${to}.`);
  return token;
}

describe('a business with nothing but the console', () => {
  it('signs up, sets up hours and a service, embeds, and sees the first booking', async () => {
    const run = crypto.randomUUID().slice(0, 8);
    const business = `Juniper Physio ${run}`;
    const { page, problems } = await openPage(browser, 'console/', {
      timezoneId: 'Europe/Lisbon',
    });

    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Business name').fill(business);
    await page.getByLabel("The business's time zone").selectOption('Europe/Lisbon');
    await page.getByLabel('Your name').fill('Inês Costa');
    await page.getByLabel('Email').fill(`ines-${run}@juniper.example`);
    await page.getByLabel('Password (at least 10 characters)').fill('juniper-physio-2027');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: business }).waitFor();

    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('button', { name: 'Add staff member' }).click();
    const createDialog = page.getByRole('dialog', { name: 'New staff member' });
    await createDialog.getByLabel('Name').fill('Inês Costa');
    await createDialog.getByLabel('Time zone').selectOption('Europe/Lisbon');
    await createDialog.getByRole('button', { name: 'Add staff member' }).click();
    await page.getByRole('heading', { level: 3, name: 'Inês Costa' }).waitFor();
    await page.getByRole('button', { name: 'Add hours on Monday' }).click();
    await page.getByLabel('Monday, range 1, from').fill('09:00');
    await page.getByLabel('Monday, range 1, to').fill('17:00');
    await page.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }).click();
    await page.getByRole('button', { name: 'Save weekly hours' }).click();
    await page.getByText('The weekly hours are saved.').waitFor();

    await page.getByRole('link', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'New service' }).click();
    const serviceDialog = page.locator('dialog[open]');
    await serviceDialog.getByLabel('Name', { exact: true }).fill('First assessment');
    await serviceDialog.getByLabel('Duration (minutes)').fill('45');
    await serviceDialog.getByRole('checkbox', { name: 'Inês Costa' }).check();
    await serviceDialog.getByRole('button', { name: 'Save service' }).click();
    await page.getByRole('cell', { name: 'First assessment' }).waitFor();

    // The clinic's own website, on another origin; its page holds the copied snippet.
    const sitePages: Record<string, string> = {};
    const site = await serveOtherOrigin(sitePages);
    await page.getByRole('link', { name: 'Embed' }).click();
    await page.getByLabel('Origin to allow').fill(site.origin);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(`${site.origin} is allowed.`).waitFor();
    const snippetBox = page.getByLabel('Paste this into your page');
    await expect.poll(() => snippetBox.inputValue()).toContain('publishable-key="pk_');
    const snippet = await snippetBox.inputValue();
    expect(snippet).toContain(`${new URL(baseUrl).origin}/bookafy.js`);
    expect(await cspViolations(page)).toEqual([]);

    sitePages['/'] = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
      <title>Juniper Physio</title></head>
      <body><h1>Book an assessment</h1>${snippet}</body></html>`;

    const visitor = await openPage(browser, new URL('/', site.origin).href);
    const widget = visitor.page.locator('bookafy-widget');
    await widget.getByRole('heading', { name: /First assessment/ }).waitFor();
    const day = await chooseDayNextMonth(widget, 0);
    await chooseFirstTime(widget, day);
    const booking = await submitDetails(visitor.page, widget, {
      name: 'Rui Almeida',
      email: 'rui@example.com',
    });
    expect(booking.status).toBe('confirmed');
    expect(visitor.problems.errors).toEqual([]);
    await visitor.page.context().close();
    await site.close();

    await page.getByRole('link', { name: 'Agenda' }).click();
    const row = page.locator(`[data-booking-id="${booking.id}"]`);
    await pageTo(page, row);
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.locator('.customer').textContent()).toBe('Rui Almeida');
    expect(await row.locator('.service').textContent()).toBe('First assessment');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('invites a staff member, who signs in and sees only their own bookings', async () => {
    const lenas = await bookIntroCallWith(demo.lena, 'Visitor of Lena');
    const marcuss = await bookIntroCallWith(demo.marcus, 'Visitor of Marcus');
    const { page } = await openPage(browser, 'console/');
    await page.getByLabel('Email').fill(demoOwner.email);
    await page.getByLabel('Password').fill(demoOwner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Plan and users' }).click();
    const email = `lena-${crypto.randomUUID().slice(0, 8)}@harbour.example`;
    await page.getByLabel('Staff member', { exact: true }).selectOption({ label: 'Lena Fischer' });
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${email}.`).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    const token = await mailedConsoleToken(page, email);
    await page.goto(new URL(`console/#reset=${token}`, baseUrl).href);
    await page.getByLabel('New password (at least 10 characters)').fill('lena-harbour-2027');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your new password is set.' }).waitFor();
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('lena-harbour-2027');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harbour Wellness' }).waitFor();

    const pages = await page.getByRole('navigation', { name: 'Console' }).getByRole('link');
    expect(await pages.allTextContents()).toEqual(['Agenda', 'Week']);
    const seen = await page.evaluate(async () => {
      const ahead = (days: number) =>
        new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const range = new URLSearchParams({ from: ahead(27), to: ahead(36), limit: '100' });
      const list = await fetch(`/v1/admin/bookings?${range}`);
      const services = await fetch('/v1/admin/services', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Not allowed', durationMinutes: 30 }),
      });
      const { data } = (await list.json()) as { data: { id: string; staffId: string }[] };
      return {
        ids: data.map((booking) => booking.id),
        staffIds: [...new Set(data.map((booking) => booking.staffId))],
        created: services.status,
        code: ((await services.json()) as { code: string }).code,
      };
    });
    expect(seen.ids).toContain(lenas);
    expect(seen.ids).not.toContain(marcuss);
    expect(seen.staffIds).toEqual([demo.lena]);
    expect(seen.created).toBe(403);
    expect(seen.code).toBe('owner_only');
    await page.context().close();
  });
});
