import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import { bookThroughExample } from './support/example-booking.js';
import { serveExample, type ServedExample } from './support/example-apps.js';
import { DAY_OF } from './support/booking-flow.js';
import { demo } from './support/pages.js';

let browser: Browser;
let app: ServedExample;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveExample('react')]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the React example, built with Vite', () => {
  it('books the introductory call and shows the booked time from React state', async () => {
    const { booking, shown, expected, chosenTime, problems } = await bookThroughExample(
      browser,
      app,
      { staffName: 'Marcus Reed', day: DAY_OF.reactExample },
    );

    expect(booking.staffId).toBe(demo.marcus);
    expect(shown.before).toBe('');
    expect(shown.after).toBe(`Booked: ${expected}`);
    expect(shown.after).toContain(chosenTime);
    expect(problems).toEqual({ errors: [], consoleErrors: [] });
  });
});
