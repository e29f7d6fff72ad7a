import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import { fetchManagedBooking } from './support/api.js';
import { chooseDayNextMonth, confirmedBooking, DAY_OF, timesOn } from './support/booking-flow.js';
import { demo, openPage, statedTime } from './support/pages.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('booking the in-person massage from a link', () => {
  it("states every time in the studio's zone and sends the answers to its questions", async () => {
    // A visitor in New York booking a massage they will have in Berlin.
    const { page, problems } = await openPage(browser, 'links.html', {
      timezoneId: 'America/New_York',
    });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await page.getByRole('link', { name: 'Book a sports massage with Lena' }).click();
    await dialog.waitFor();

    const day = await chooseDayNextMonth(dialog, DAY_OF.inPerson);
    const note = 'Times are local to the business (Europe/Berlin), where you will meet.';
    expect(await dialog.getByText(note).isVisible()).toBe(true);
    expect(await dialog.getByRole('combobox').count()).toBe(0);
    const time = (await timesOn(dialog, day)).first();
    expect(await time.locator('[part~="business-time"]').count()).toBe(0);
    const shownTime = (await time.innerText()).trim();
    await time.click();

    await dialog.getByLabel('Name').fill('Florence Griffith Joyner');
    await dialog.getByLabel('Email').fill('flojo@example.com');
    await dialog.getByLabel('Which area should we focus on?').selectOption('Legs');
    await dialog
      .getByLabel('Any injuries or conditions we should know about?')
      .fill('A tight left hamstring.');
    await dialog.getByLabel('This is my first visit').check();
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    const booking = await confirmedBooking(page, dialog);

    const berlinClock = await page.evaluate(
      (start) =>
        new Intl.DateTimeFormat('en-US', {
          timeZone: 'Europe/Berlin',
          hour: 'numeric',
          minute: '2-digit',
        }).format(Date.parse(start)),
      booking.start,
    );
    expect(shownTime).toBe(berlinClock);
    expect(await dialog.getByTestId('visitor-time').innerText()).toBe(
      await statedTime(page, booking.start, demo.timeZone),
    );
    const stored = await fetchManagedBooking(booking.id, booking.manageToken!);
    expect(stored.answers).toEqual({
      focus: 'Legs',
      injuries: 'A tight left hamstring.',
      first_visit: true,
    });
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
