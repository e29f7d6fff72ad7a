import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { demoOwner } from '../scripts/demo-account.mjs';
import { launchChromium } from './browser.js';
import { fetchManagedBooking } from './support/api.js';
import {
  chooseDayNextMonth,
  chooseFirstTime,
  DAY_OF,
  submitDetails,
} from './support/booking-flow.js';
import { baseUrl, cspViolations, openPage } from './support/pages.js';

/** The free day of next month this file books, apart from the other files' days. */
const WEEK_MS = 7 * 86_400_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Signs the demo owner in on `/console/` in a browser set to Tokyo. */
async function signInToConsole(): Promise<{ page: Page; problems: { errors: string[] } }> {
  const opened = await openPage(browser, 'console/', { timezoneId: 'Asia/Tokyo' });
  const { page } = opened;
  expect(opened.response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByLabel('Email').fill(demoOwner.email);
  await page.getByLabel('Password').fill(demoOwner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Harbour Wellness' }).waitFor();
  return opened;
}

/** The token of the newest reset link the dev mailer holds for the demo owner. */
async function mailedResetToken(page: Page): Promise<string> {
  await page.goto(new URL('dev/mail', baseUrl).href);
  const newest = page.locator('article').filter({ hasText: demoOwner.email }).first();
  const text = (await newest.locator('pre').textContent()) ?? '';
  const token = /\/console\/#reset=(pwr_[0-9a-z]+)/.exec(text)?.[1];
  if (!token) throw new Error('No reset link was mailed to the demo owner.');
  return token;
}

/** Asks for a reset link on the console, follows it and sets `password`. */
async function resetPassword(page: Page, password: string): Promise<void> {
  await page.goto(new URL('console/', baseUrl).href);
  await page.getByRole('button', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(demoOwner.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await page.getByRole('status').filter({ hasText: 'is on its way' }).waitFor();

  const token = await mailedResetToken(page);
  await page.goto(new URL(`console/#reset=${token}`, baseUrl).href);
  await page.getByLabel('New password (at least 10 characters)').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByRole('status').filter({ hasText: 'Your new password is set.' }).waitFor();
  expect(new URL(page.url()).hash).toBe('');
}

/** Moves the agenda on, two weeks at a time, until `row` shows (at most three months). */
async function pageTo(page: Page, row: Locator): Promise<void> {
  for (let step = 0; step < 7 && !(await row.isVisible()); step++) {
    await page.getByRole('button', { name: 'Later' }).click();
    await row.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
}

describe('the owner console', () => {
  it('keeps the session in an HttpOnly, Secure, SameSite=Strict cookie for a week', async () => {
    const { page, problems } = await signInToConsole();

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === 'bookafy_session')!;
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(session.expires * 1000 - Date.now()).toBeGreaterThan(WEEK_MS - 60_000);
    expect(session.expires * 1000 - Date.now()).toBeLessThanOrEqual(WEEK_MS);
    expect(await page.evaluate(() => document.cookie)).not.toContain('bookafy_session');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harbour Wellness' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    expect(await page.context().cookies()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it("shows a visitor's booking from the demo page in the agenda and cancels it", async () => {
    const visitor = await openPage(browser, '/');
    const widget = visitor.page.locator('bookafy-widget');
    await widget.getByRole('button', { name: /Introductory call/ }).click();
    await widget.getByRole('button', { name: 'Anyone available' }).click();
    const day = await chooseDayNextMonth(widget, DAY_OF.console);
    await chooseFirstTime(widget, day);
    const booking = await submitDetails(visitor.page, widget, {
      name: 'Console Visitor',
      email: 'console.visitor@example.com',
    });
    await visitor.page.context().close();

    const { page, problems } = await signInToConsole();
    const row = page.locator(`[data-booking-id="${booking.id}"]`);
    await pageTo(page, row);
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.locator('.customer').textContent()).toBe('Console Visitor');
    const tokyoTime = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Tokyo',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(booking.start));
    expect(await row.locator('.time').textContent()).toContain(tokyoTime);

    await row.getByRole('button', { name: /^Cancel Console Visitor at / }).click();
    const question = page.getByRole('dialog', { name: 'Cancel this booking?' });
    await question.getByLabel('Reason for cancelling (optional)').fill('Closed for the day');
    await question.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('status').filter({ hasText: 'Console Visitor: cancelled.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    const after = await fetchManagedBooking(booking.id, booking.manageToken!);
    expect(after.status).toBe('cancelled');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('resets a forgotten password through the mailed link, ending the open sessions', async () => {
    const { page: signedIn } = await signInToConsole();
    const { page } = await openPage(browser, 'console/');

    await resetPassword(page, 'a-fresh-harbour-secret');
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await page.getByLabel('Email').fill(demoOwner.email);
    await page.getByLabel('Password').fill(demoOwner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or the password is not right.').waitFor();
    await page.getByLabel('Password').fill('a-fresh-harbour-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harbour Wellness' }).waitFor();
    await signedIn.reload();
    await signedIn.getByRole('button', { name: 'Sign in' }).waitFor();

    // The other tests sign in with the printed demo password.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await resetPassword(page, demoOwner.password);
    await signedIn.context().close();
    await page.context().close();
  });
});
