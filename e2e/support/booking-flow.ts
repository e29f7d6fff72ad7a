import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

import { recordedEvents } from './pages.js';

/** A booking as the widget's events and the API return it (the fields these tests read). */
export interface BookedBooking {
  id: string;
  start: string;
  end: string;
  status: string;
  staffId: string;
  manageToken?: string;
  customer: { name: string; email: string; timeZone: string };
  answers?: Record<string, string | boolean>;
}

/**
 * Which free day of the month after the current one each test books, counted among the days
 * its calendar offers, so that tests sharing the dev server's database do not compete for
 * the same times. The booking on the demo page itself takes the first free day of this month.
 */
export const DAY_OF = {
  button: 2,
  links: 4,
  keyboard: 6,
  manage: 8,
  manageMovedTo: 10,
  calendarFile: 3,
  hostedPage: 12,
  scriptTwice: 5,
  inPerson: 14,
  reactExample: 7,
  vueExample: 9,
  console: 11,
  themed: 13,
  /** Shown with its times in the theming screenshots and never booked, so they stay alike. */
  themingScreenshots: 0,
} as const;

/** Waits until the calendar in `scope` shows a month whose free days have loaded. */
export async function calendarSettled(scope: Locator): Promise<Locator> {
  const calendar = scope.locator('bookafy-calendar');
  await calendar.waitFor();
  await expect.poll(() => calendar.getAttribute('aria-busy')).toBe('false');
  return calendar;
}

/** Moves the calendar in `scope` to the next month and waits for its free days. */
export async function showNextMonth(scope: Locator): Promise<void> {
  const calendar = await calendarSettled(scope);
  const title = calendar.getByRole('heading');
  const shownMonth = await title.textContent();
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await expect.poll(() => title.textContent()).not.toBe(shownMonth);
  await calendarSettled(scope);
}

/**
 * Chooses the `index`-th free day (from zero) of the month the calendar in `scope` shows;
 * returns that day's accessible name, which also names its list of times.
 */
export async function chooseFreeDay(scope: Locator, index: number): Promise<string> {
  const calendar = await calendarSettled(scope);
  const freeDays = calendar.getByRole('grid').getByRole('button', { disabled: false });
  expect(await freeDays.count()).toBeGreaterThan(index);
  const day = freeDays.nth(index);
  const label = (await day.getAttribute('aria-label'))!;
  await day.click();
  return label;
}

/** The `index`-th free day of the next month, as `chooseFreeDay` chooses it. */
export async function chooseDayNextMonth(scope: Locator, index: number): Promise<string> {
  await showNextMonth(scope);
  return chooseFreeDay(scope, index);
}

/** The free times listed for the day called `dayLabel`, once they show. */
export async function timesOn(scope: Locator, dayLabel: string): Promise<Locator> {
  const times = scope.getByRole('list', { name: dayLabel, exact: true }).getByRole('button');
  await times.first().waitFor();
  return times;
}

/**
 * Chooses the first time the list of `dayLabel` offers right now (never a time remembered
 * from before, which another booking may have taken); returns its visible text.
 */
export async function chooseFirstTime(scope: Locator, dayLabel: string): Promise<string> {
  const time = (await timesOn(scope, dayLabel)).first();
  const text = (await time.innerText()).replace(/\s+/g, ' ').trim();
  await time.click();
  return text;
}

/** Fills the details form in `scope` and books; resolves with the booking once confirmed. */
export async function submitDetails(
  page: Page,
  scope: Locator,
  customer: { name: string; email: string },
): Promise<BookedBooking> {
  await scope.getByLabel('Name').fill(customer.name);
  await scope.getByLabel('Email').fill(customer.email);
  await scope.getByRole('button', { name: 'Book', exact: true }).click();
  return confirmedBooking(page, scope);
}

/** Waits for the confirmation in `scope`; resolves with the booking the widget announced. */
export async function confirmedBooking(page: Page, scope: Locator): Promise<BookedBooking> {
  await scope.getByRole('heading', { name: "You're booked" }).waitFor();
  const booked = await recordedEvents<{ booking: BookedBooking }>(page, 'bookafy-booked');
  return booked.at(-1)!.booking;
}
