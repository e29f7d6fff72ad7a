import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';
import { chooseDayNextMonth, submitDetails, timesOn, DAY_OF } from './support/booking-flow.js';
import { cspViolations, demo, openPage, statedTime } from './support/pages.js';

const VISITOR_ZONE = 'Asia/Tokyo';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the hosted booking page', () => {
  it('books for a visitor in Tokyo, with Berlin times beside theirs', async () => {
    const { page, problems } = await openPage(browser, `book/${demo.slug}`, {
      timezoneId: VISITOR_ZONE,
    });
    const widget = page.locator('bookafy-widget');
    await widget.getByRole('button', { name: /Introductory call/ }).click();
    await widget.getByRole('button', { name: 'Lena Fischer' }).click();
    const dayLabel = await chooseDayNextMonth(widget, DAY_OF.hostedPage);

    const time = (await timesOn(widget, dayLabel)).first();
    const shownTime = (await time.locator('span').first().innerText()).trim();
    const shownBusinessTime = (await time.locator('[part~="business-time"]').innerText()).trim();
    expect(await time.getAttribute('aria-label')).toContain('for the business');
    await time.click();
    const booking = await submitDetails(page, widget, {
      name: 'Hedy Lamarr',
      email: 'hedy@example.com',
    });

    const clock = (timeZone: string, timeZoneName?: 'short') =>
      page.evaluate(
        ([start, timeZone, timeZoneName]) =>
          new Intl.DateTimeFormat('en-US', {
            timeZone,
            hour: 'numeric',
            minute: '2-digit',
            ...(timeZoneName ? { timeZoneName } : {}),
          }).format(Date.parse(start!)),
        [booking.start, timeZone, timeZoneName] as const,
      );
    expect(shownTime).toBe(await clock(VISITOR_ZONE));
    expect(shownBusinessTime).toBe(await clock(demo.timeZone, 'short'));
    expect(booking.customer.timeZone).toBe(VISITOR_ZONE);
    expect(await widget.getByTestId('visitor-time').innerText()).toBe(
      await statedTime(page, booking.start, VISITOR_ZONE),
    );
    expect(await widget.getByTestId('business-time').innerText()).toContain(demo.timeZone);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('allows no inline code and still shows the page and the widget styled', async () => {
    const { page, problems, response } = await openPage(browser, `book/${demo.slug}`);
    const policy = (await response!.headerValue('content-security-policy'))!;
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    const service = page.getByRole('button', { name: /Introductory call/ });
    await service.waitFor();
    const looks = await service.evaluate((button) => {
      const plain = document.createElement('button');
      document.body.append(plain);
      const style = (element: Element) => {
        const { backgroundColor, borderRadius, padding } = getComputedStyle(element);
        return { backgroundColor, borderRadius, padding };
      };
      const looks = { widget: style(button), plain: style(plain), page: style(document.body) };
      plain.remove();
      return looks;
    });
    expect(looks.widget).not.toEqual(looks.plain);
    // The page's own stylesheet, served from the Worker, applies too.
    expect(looks.page.backgroundColor).toBe('rgb(246, 247, 251)');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.consoleErrors.filter((text) => /Content.Security.Policy/i.test(text))).toEqual(
      [],
    );
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
