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
  [browser, app] = await Promise.all([launchChromium(), serveExample('vue')]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the Vue example, built with Vite', () => {
  it('books the introductory call and shows the booked time from Vue state', async () => {
    const { booking, shown, expected, chosenTime, problems } = await bookThroughExample(
      browser,
      app,
      { staffName: 'Lena Fischer', day: DAY_OF.vueExample },
    );

    expect(booking.staffId).toBe(demo.lena);
    expect(shown.before).toBe('');
    expect(shown.after).toBe(`Booked: ${expected}`);
    expect(shown.after).toContain(chosenTime);
    expect(problems).toEqual({ errors: [], consoleErrors: [] });
  });
});
