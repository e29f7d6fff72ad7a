import { fileURLToPath } from 'node:url';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import {
  chooseDayNextMonth,
  chooseFirstTime,
  DAY_OF,
  submitDetails,
  timesOn,
} from './support/booking-flow.js';
import { runNodeExample } from './support/example-apps.js';
import { serveOtherOrigin, type OtherOrigin } from './support/other-origin.js';
import { baseUrl, demo, openPage, recordedEvents } from './support/pages.js';
import { pixelDifference, saveScreenshot } from './support/screenshots.js';

/** The spa's green in examples/html/themed.html, as `getComputedStyle` reports colours. */
const SPA_GREEN = 'rgb(31, 92, 69)';
/** The surface the spa gives its widget in the dark theme. */
const SPA_NIGHT = 'rgb(23, 56, 43)';

const image = (name: string) =>
  fileURLToPath(new URL(`../docs/images/theming-${name}.png`, import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A computed style property of the element carrying `part` inside `scope`. */
function partStyle(scope: Locator, part: string, property: string): Promise<string> {
  return scope
    .locator(`[part~="${part}"]`)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/** Shows the introductory call's times with Lena on the day the screenshots are taken of. */
async function showScreenshotDay(page: Page, widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: /Introductory call/ }).click();
  await widget.getByRole('button', { name: 'Lena Fischer' }).click();
  const day = await chooseDayNextMonth(widget, DAY_OF.themingScreenshots);
  await timesOn(widget, day);
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
}

describe('the themed example page', () => {
  it("books through a widget styled only by the site's tokens and parts", async () => {
    const { page, problems } = await openPage(browser, 'themed.html');
    const widget = page.locator('#booking');

    await widget.getByRole('button', { name: /Introductory call/ }).click();
    await widget.getByRole('button', { name: 'Marcus Reed' }).click();
    const day = await chooseDayNextMonth(widget, DAY_OF.themed);
    expect(await partStyle(widget, 'title', 'font-family')).toMatch(/^Georgia,/);
    // Colours ease in over the theme's transition, so the check waits for it to end.
    await expect.poll(() => partStyle(widget, 'day-selected', 'background-color')).toBe(SPA_GREEN);
    await chooseFirstTime(widget, day);
    await expect.poll(() => partStyle(widget, 'submit', 'background-color')).toBe(SPA_GREEN);
    expect(await partStyle(widget, 'submit', 'border-top-left-radius')).toBe('999px');
    const booking = await submitDetails(page, widget, {
      name: 'Mary Jackson',
      email: 'mary@example.com',
    });

    expect(booking.staffId).toBe(demo.marcus);
    expect(booking.status).toBe('confirmed');
    expect(await recordedEvents(page, 'bookafy-booked')).toHaveLength(1);
    expect(problems).toEqual({ errors: [], consoleErrors: [] });
    await page.context().close();
  });

  it("keeps the spa's colours over the dark theme's defaults", async () => {
    const { page } = await openPage(browser, 'themed.html');
    const evening = page.locator('#evening-booking');

    await evening.getByRole('button', { name: /Introductory call/ }).waitFor();

    expect(await evening.getAttribute('theme')).toBe('dark');
    expect(await partStyle(evening, 'service', 'background-color')).toBe(SPA_NIGHT);
    expect(await partStyle(evening, 'service', 'color')).toBe('rgb(238, 244, 239)');
    await page.context().close();
  });
});

/** A shop's page that loads the widget from the Bookafy host, pinned by `integrity`. */
const shopPage = (integrity: string) => `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Laden</title></head>
  <body>
    <bookafy-widget publishable-key="${demo.publishableKey}" locale="de"></bookafy-widget>
    <script
      src="${baseUrl}bookafy.js"
      integrity="${integrity}"
      crossorigin="anonymous"
      defer
    ></script>
  </body>
</html>`;

describe('Subresource Integrity from another origin', () => {
  let hashes: Record<string, string>;
  let shop: OtherOrigin;

  beforeAll(async () => {
    hashes = (await (await fetch(new URL('integrity.json', baseUrl))).json()) as typeof hashes;
    shop = await serveOtherOrigin({
      '/pinned.html': shopPage(hashes['bookafy.js']!),
      // A hash that belongs to another file, as after a tampered or mismatched upload.
      '/mismatched.html': shopPage(hashes['locales/de.js']!),
    });
    await runNodeExample('allow-origin.ts', [shop.origin]);
  });
  afterAll(async () => {
    await shop?.close();
  });

  it('runs bookafy.js with its published hash and pins the language file it adds', async () => {
    const { page, problems } = await openPage(browser, `${shop.origin}/pinned.html`, {
      locale: 'de-DE',
    });
    await page
      .locator('bookafy-widget')
      .getByRole('button', { name: /Introductory call/ })
      .waitFor();

    const language = await page.evaluate(() => {
      const script = document.querySelector<HTMLScriptElement>('script[src$="/locales/de.js"]');
      return {
        integrity: script?.integrity,
        crossOrigin: script?.crossOrigin,
        loaded:
          'de' in
          ((window as { bookafyTranslations?: Record<string, unknown> }).bookafyTranslations ?? {}),
      };
    });
    expect(language).toEqual({
      integrity: hashes['locales/de.js'],
      crossOrigin: 'anonymous',
      loaded: true,
    });
    expect(problems).toEqual({ errors: [], consoleErrors: [] });
    await page.context().close();
  });

  it('is refused by the browser when the hash does not match', async () => {
    const { page, problems } = await openPage(browser, `${shop.origin}/mismatched.html`);
    await page.waitForLoadState('load');

    expect(await page.evaluate(() => customElements.get('bookafy-widget'))).toBeUndefined();
    expect(problems.consoleErrors.join('\n')).toMatch(/integrity/);
    await page.context().close();
  });
});

describe('the theming screenshots in docs/images', () => {
  it('show the default widget, its dark theme and the spa, each with its own colours', async () => {
    const shots: Record<string, Buffer> = {};
    for (const [name, path, theme] of [
      ['light', '', undefined],
      ['dark', '', 'dark'],
      ['brand', 'themed.html', undefined],
    ] as const) {
      const { page } = await openPage(browser, path);
      const widget = page.locator('bookafy-widget').first();
      if (theme)
        await widget.evaluate((element, value) => element.setAttribute('theme', value), theme);
      await showScreenshotDay(page, widget);
      const options = { animations: 'disabled', caret: 'hide' } as const;
      shots[name] =
        name === 'brand'
          ? await page.screenshot({ ...options, fullPage: true })
          : await widget.screenshot(options);
      saveScreenshot(image(name), shots[name]);
      await page.context().close();
    }

    expect(pixelDifference(shots['light']!, shots['dark']!)).toBeGreaterThan(0.3);
    expect(shots['brand']!.length).toBeGreaterThan(10_000);
  });
});
