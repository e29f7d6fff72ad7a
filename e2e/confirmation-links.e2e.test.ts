import { readFile } from 'node:fs/promises';

import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import { fetchManagedBooking } from './support/api.js';
import {
  chooseDayNextMonth,
  chooseFirstTime,
  chooseFreeDay,
  DAY_OF,
  submitDetails,
  type BookedBooking,
} from './support/booking-flow.js';
import { demo, openPage, recordedEvents, statedTime } from './support/pages.js';

const VISITOR_ZONE = 'America/Los_Angeles';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Books an introductory call with `staffName` on the demo page, on the `day`-th free day. */
async function bookOnDemoPage(page: Page, staffName: string, day: number) {
  const widget = page.locator('bookafy-widget');
  await widget.getByRole('button', { name: /Introductory call/ }).click();
  await widget.getByRole('button', { name: staffName }).click();
  const dayLabel = await chooseDayNextMonth(widget, day);
  await chooseFirstTime(widget, dayLabel);
  const booking = await submitDetails(page, widget, {
    name: 'Margaret Hamilton',
    email: 'margaret@example.com',
  });
  return { widget, booking };
}

/** The first event of a calendar file, parsed as calendar apps parse it. */
function firstEvent(text: string) {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  return {
    uid: vevent.getFirstPropertyValue('uid'),
    start: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
  };
}

describe("the confirmation's links", () => {
  it('downloads the booking as a calendar file that starts at the booked instant', async () => {
    const { page } = await openPage(browser, '/');
    const { widget, booking } = await bookOnDemoPage(page, 'Marcus Reed', DAY_OF.calendarFile);
    const link = widget.getByRole('link', { name: 'Calendar file (.ics)' });

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${booking.id}.ics`);
    const downloaded = firstEvent(await readFile((await download.path())!, 'utf8'));

    // The link works on its own, from any device: no cookie, only the token in its address.
    const response = await fetch((await link.getAttribute('href'))!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const fetched = firstEvent(await response.text());
    for (const event of [downloaded, fetched]) {
      expect(event.start.zone?.tzid).toBe('UTC');
      expect(event.start.toJSDate().getTime()).toBe(Date.parse(booking.start));
    }
    expect(fetched.uid).toBe(downloaded.uid);
    await page.context().close();
  });

  it('reschedules and cancels from the hosted manage page the confirmation links to', async () => {
    const { page, problems } = await openPage(browser, '/');
    const { widget, booking } = await bookOnDemoPage(page, 'Lena Fischer', DAY_OF.manage);
    const token = booking.manageToken!;

    await widget.getByRole('link', { name: 'Manage booking' }).click();
    await page.getByRole('heading', { name: 'Your booking' }).waitFor();
    const address = new URL(page.url());
    expect(address.pathname).toBe(`/book/${demo.slug}/manage/${booking.id}`);
    expect(address.searchParams.get('token')).toBe(token);
    const visitorTime = page.getByTestId('visitor-time');
    expect(await visitorTime.innerText()).toBe(await statedTime(page, booking.start, VISITOR_ZONE));

    await page.getByRole('button', { name: 'Reschedule' }).click();
    await page.getByRole('heading', { name: 'Choose a new time' }).waitFor();
    const manage = page.locator('bookafy-manage');
    const dayLabel = await chooseFreeDay(manage, DAY_OF.manageMovedTo);
    await chooseFirstTime(manage, dayLabel);
    await page.getByRole('button', { name: 'Yes, move my booking' }).click();
    await page.getByRole('heading', { name: 'Your booking has moved' }).waitFor();

    const rescheduled = await recordedEvents<{ booking: BookedBooking }>(
      page,
      'bookafy-rescheduled',
    );
    const moved = rescheduled.at(-1)!.booking;
    expect(moved.id).toBe(booking.id);
    expect(Date.parse(moved.start)).not.toBe(Date.parse(booking.start));
    expect(await visitorTime.innerText()).toBe(await statedTime(page, moved.start, VISITOR_ZONE));
    const stored = await fetchManagedBooking(booking.id, token);
    expect(Date.parse(stored.start)).toBe(Date.parse(moved.start));
    expect(stored.status).toBe('confirmed');

    await page.reload();
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('button', { name: 'Yes, cancel booking' }).click();
    await page.getByRole('heading', { name: 'Your booking is cancelled' }).waitFor();
    expect(await page.getByTestId('status').innerText()).toBe('Cancelled');
    expect((await fetchManagedBooking(booking.id, token)).status).toBe('cancelled');
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
