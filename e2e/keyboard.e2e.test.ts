import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import { calendarSettled, confirmedBooking, DAY_OF } from './support/booking-flow.js';
import { focused, tabTo } from './support/focus.js';
import { openPage } from './support/pages.js';

const DAY_MS = 86_400_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('booking on the demo page with the keyboard alone', () => {
  it('reaches every step with Tab, Enter, Space and arrows and books', async () => {
    const { page, problems } = await openPage(browser, '/');
    const widget = page.locator('bookafy-widget');
    await widget.getByRole('button', { name: /Introductory call/ }).waitFor();

    await tabTo(page, ({ name }) => name.startsWith('Introductory call'));
    await page.keyboard.press('Enter');
    await tabTo(page, ({ name }) => name === 'Anyone available');
    await page.keyboard.press(' ');

    const calendar = await calendarSettled(widget);
    await tabTo(page, ({ date }) => date !== undefined);
    const title = calendar.getByRole('heading');
    const shownMonth = await title.textContent();
    await page.keyboard.press('PageDown');
    await expect.poll(() => title.textContent()).not.toBe(shownMonth);
    await calendarSettled(widget);

    const freeDays = calendar.getByRole('grid').getByRole('button', { disabled: false });
    const target = freeDays.nth(DAY_OF.keyboard);
    const targetDate = (await target.getAttribute('data-date'))!;
    const from = (await focused(page)).date!;
    const days = (Date.parse(targetDate) - Date.parse(from)) / DAY_MS;
    const [week, day] = days < 0 ? ['ArrowUp', 'ArrowLeft'] : ['ArrowDown', 'ArrowRight'];
    for (let step = 0; step < Math.trunc(Math.abs(days) / 7); step++)
      await page.keyboard.press(week);
    for (let step = 0; step < Math.abs(days) % 7; step++) await page.keyboard.press(day);
    expect((await focused(page)).date).toBe(targetDate);
    const dayLabel = (await target.getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');

    await widget.getByRole('list', { name: dayLabel, exact: true }).waitFor();
    const time = await tabTo(page, ({ tag, name }) => tag === 'button' && name.endsWith(dayLabel));
    await page.keyboard.press('Enter');

    await widget.getByRole('heading', { name: 'Your details' }).waitFor();
    await tabTo(page, ({ name }) => name === 'Name');
    await page.keyboard.type('Alan Turnig');
    await tabTo(page, ({ name }) => name === 'Email');
    await page.keyboard.type('alan@example.com');
    // A typo noticed late: back to the name, fixed, and on to the Book button.
    await tabTo(page, ({ name }) => name === 'Name', { backwards: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Alan Turing');
    await tabTo(page, ({ tag, name }) => tag === 'button' && name === 'Book');
    await page.keyboard.press('Enter');

    const booking = await confirmedBooking(page, widget);
    expect(booking.customer).toMatchObject({ name: 'Alan Turing', email: 'alan@example.com' });
    const visitorTime = await widget.getByTestId('visitor-time').innerText();
    expect(visitorTime).toContain(time.name.split(' ').slice(0, 2).join(' '));
    expect(visitorTime).toContain(dayLabel);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
