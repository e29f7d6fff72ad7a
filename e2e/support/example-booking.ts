import type { Browser } from 'playwright-core';

import {
  chooseDayNextMonth,
  chooseFirstTime,
  submitDetails,
  type BookedBooking,
} from './booking-flow.js';
import type { ServedExample } from './example-apps.js';
import { openPage, type PageProblems } from './pages.js';

/** What a visitor saw while booking through a front-end example. */
export interface ExampleBooking {
  /** The booking the widget announced. */
  booking: BookedBooking;
  /** The app's own "Booked: …" line before and after booking. */
  shown: { before: string; after: string };
  /** The booking's start as the app formats it (full date, short time) in the page's `Intl`. */
  expected: string;
  /** The time the visitor clicked, e.g. '10:00 AM'. */
  chosenTime: string;
  problems: PageProblems;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Opens the example as a visitor in Los Angeles, books an introductory call with
 * `staffName` on the `day`-th free day of next month at its first free time, and reads the
 * app's line about the booking once the widget confirms it.
 */
export async function bookThroughExample(
  browser: Browser,
  app: ServedExample,
  { staffName, day }: { staffName: string; day: number },
): Promise<ExampleBooking> {
  const { page, problems } = await openPage(browser, app.url);
  const widget = page.locator('bookafy-widget');
  const bookedLine = page.getByTestId('booked');
  const before = clean(await bookedLine.innerText());

  await widget.getByRole('button', { name: staffName }).click();
  const dayLabel = await chooseDayNextMonth(widget, day);
  const chosenTime = (await chooseFirstTime(widget, dayLabel)).match(/^\d{1,2}:\d{2} [AP]M/)![0];
  const booking = await submitDetails(page, widget, {
    name: 'Katherine Johnson',
    email: 'katherine@example.com',
  });

  await bookedLine.filter({ hasText: 'Booked:' }).waitFor();
  const after = clean(await bookedLine.innerText());
  const expected = await page.evaluate(
    (start) =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short' }).format(
        Date.parse(start),
      ),
    booking.start,
  );
  await page.context().close();
  return { booking, shown: { before, after }, expected: clean(expected), chosenTime, problems };
}
