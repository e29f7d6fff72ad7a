import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import {
  chooseDayNextMonth,
  chooseFirstTime,
  DAY_OF,
  submitDetails,
} from './support/booking-flow.js';
import { demo, openPage } from './support/pages.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the booking links example', () => {
  it('opens a dialog on the same page and books with the staff member the link names', async () => {
    const { page, problems } = await openPage(browser, 'links.html');
    const pageUrl = page.url();
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });

    await page.getByRole('link', { name: 'Book an introductory call with Marcus' }).click();
    await dialog.waitFor();
    expect(page.url()).toBe(pageUrl);
    // The link names the service and the staff member: the calendar comes first.
    const day = await chooseDayNextMonth(dialog, DAY_OF.links);
    await chooseFirstTime(dialog, day);
    const booking = await submitDetails(page, dialog, {
      name: 'Katherine Johnson',
      email: 'katherine@example.com',
    });

    expect(booking.staffId).toBe(demo.marcus);
    expect(page.url()).toBe(pageUrl);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('leaves a Ctrl- or Cmd-click to the browser, which opens the hosted page', async () => {
    const { page } = await openPage(browser, 'links.html');
    const link = page.getByRole('link', { name: 'Book a sports massage with Lena' });

    const [newTab] = await Promise.all([
      page.context().waitForEvent('page'),
      link.click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await newTab.waitForLoadState('domcontentloaded');

    expect(new URL(newTab.url()).pathname).toBe(`/book/${demo.slug}`);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('bookafy-modal').count()).toBe(0);
    await page.context().close();
  });
});
