import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import {
  chooseDayNextMonth,
  chooseFirstTime,
  DAY_OF,
  submitDetails,
} from './support/booking-flow.js';
import { demo, openPage, recordedEvents } from './support/pages.js';

/** A site whose template and a plugin both include the widget's script tag. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Harbour Wellness · Contact</title>
    <script src="/bookafy.js" data-publishable-key="${demo.publishableKey}" defer></script>
  </head>
  <body>
    <bookafy-widget publishable-key="${demo.publishableKey}"></bookafy-widget>
    <a href="/book/${demo.slug}" data-bookafy-service="${demo.introCall}">Book a call</a>
    <script src="/bookafy.js" data-publishable-key="${demo.publishableKey}" defer></script>
  </body>
</html>`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a page that loads the script twice', () => {
  it('raises no error and has one working widget and one booking dialog', async () => {
    const { page, problems } = await openPage(browser, 'contact.html', {}, PAGE);

    const widget = page.locator('bookafy-widget');
    expect(await widget.count()).toBe(1);
    await widget.getByRole('button', { name: /Introductory call/ }).click();
    await widget.getByRole('button', { name: 'Marcus Reed' }).click();
    const day = await chooseDayNextMonth(widget, DAY_OF.scriptTwice);
    await chooseFirstTime(widget, day);
    const booking = await submitDetails(page, widget, {
      name: 'Radia Perlman',
      email: 'radia@example.com',
    });
    expect(booking.staffId).toBe(demo.marcus);
    expect(await recordedEvents(page, 'bookafy-booked')).toHaveLength(1);

    await page.getByRole('link', { name: 'Book a call' }).click();
    await page.getByRole('dialog', { name: 'Book an appointment' }).waitFor();
    expect(await page.locator('bookafy-modal').count()).toBe(1);
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
