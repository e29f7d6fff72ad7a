import { fileURLToPath } from 'node:url';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchChromium } from './browser.js';
import { asNewVisitor } from './support/pages.js';
import { saveScreenshot } from './support/screenshots.js';

const screenshot = fileURLToPath(new URL('../docs/images/demo.png', import.meta.url));
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A visitor in Los Angeles, nine hours behind the business in Berlin. */
async function openDemo(): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    viewport: { width: 1000, height: 900 },
  });
  await asNewVisitor(context);
  const page = await context.newPage();
  await page.goto(baseUrl);
  return page;
}

/** Chooses the introductory call and the first day with free times; returns that day. */
async function openFirstFreeDay(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Introductory call/ }).click();
  await page.getByRole('button', { name: 'Anyone available' }).click();
  const firstFree = page.locator('bookafy-calendar button.day[data-available]').first();
  await firstFree.waitFor();
  const date = (await firstFree.getAttribute('data-date'))!;
  await firstFree.click();
  await page.locator('bookafy-time-list button.time').first().waitFor();
  return date;
}

describe('booking on the demo page', () => {
  it('books a time, confirms it in both zones and stops offering it', async () => {
    const page = await openDemo();
    const day = await openFirstFreeDay(page);
    const time = page.locator('bookafy-time-list button.time').first();
    const timeLabel = (await time.getAttribute('aria-label'))!;
    saveScreenshot(screenshot, await page.screenshot());

    await time.click();
    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('Email').fill('grace@example.com');
    await page.evaluate(() => {
      const page = window as unknown as { booked: Promise<unknown> };
      page.booked = new Promise((resolve) =>
        document.addEventListener('bookafy-booked', (event) =>
          resolve((event as CustomEvent).detail.booking),
        ),
      );
    });
    await page.getByRole('button', { name: 'Book' }).click();

    await page.getByRole('heading', { name: "You're booked" }).waitFor();
    const booking = (await page.evaluate(
      () => (window as unknown as { booked: Promise<unknown> }).booked,
    )) as { start: string; staffId: string; customer: { timeZone: string } };
    expect(booking.customer.timeZone).toBe('America/Los_Angeles');
    const visitorTime = await page.getByTestId('visitor-time').textContent();
    const businessTime = await page.getByTestId('business-time').textContent();
    expect(visitorTime).toMatch(/P[SD]T/);
    expect(visitorTime).toContain(timeLabel.split(' ').slice(0, 2).join(' '));
    expect(businessTime).toContain('Europe/Berlin');
    expect(businessTime).toMatch(/GMT\+[12]/);

    await page.reload();
    await openFirstFreeDayOrDate(page, day);
    const labels = await page
      .locator('bookafy-time-list button.time')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(labels).not.toContain(timeLabel);

    const slotsUrl = new URL('v1/slots', baseUrl);
    slotsUrl.search = new URLSearchParams({
      key: 'pk_demo_harbourwellness0000000000',
      serviceId: 'svc_demointro00000000000',
      start: booking.start,
      end: new Date(Date.parse(booking.start) + 60_000).toISOString(),
    }).toString();
    const { slots } = (await (await fetch(slotsUrl)).json()) as { slots: { staffIds: string[] }[] };
    // Another staff member may still offer that instant; the one booked may not.
    expect(slots.flatMap((slot) => slot.staffIds)).not.toContain(booking.staffId);
    await page.context().close();
  });
});

/** After a reload: the service, then `date` (which may have no free times left at all). */
async function openFirstFreeDayOrDate(page: Page, date: string) {
  await page.getByRole('button', { name: /Introductory call/ }).click();
  await page.getByRole('button', { name: 'Anyone available' }).click();
  const day = page.locator(`bookafy-calendar button.day[data-date="${date}"]`);
  await day.waitFor();
  if ((await day.getAttribute('aria-disabled')) === 'true') return;
  await day.click();
  await page.locator('bookafy-time-list ul, bookafy-time-list .empty').first().waitFor();
}
