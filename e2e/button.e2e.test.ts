import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import {
  chooseDayNextMonth,
  chooseFirstTime,
  DAY_OF,
  submitDetails,
} from './support/booking-flow.js';
import { hasFocus } from './support/focus.js';
import { demo, openPage } from './support/pages.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the book-now button example', () => {
  it('opens the widget in a dialog, books, and closes on Escape back to the button', async () => {
    const { page, problems } = await openPage(browser, 'button.html');
    const button = page.getByRole('button', { name: 'Book a free intro call' });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    expect(await dialog.isVisible()).toBe(false);

    await button.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Lena Fischer' }).click();
    const day = await chooseDayNextMonth(dialog, DAY_OF.button);
    await chooseFirstTime(dialog, day);
    const booking = await submitDetails(page, dialog, {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    expect(booking.staffId).toBe(demo.lena);
    expect(booking.status).toBe('confirmed');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await hasFocus(button)).toBe(true);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
