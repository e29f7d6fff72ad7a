import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
  Response,
} from 'playwright-core';
import { inject } from 'vitest';

import { visitorAddress } from '../../scripts/visitor-address.mjs';

/** The dev server's address, ending in `/`. */
export const baseUrl = inject('baseUrl');

/** The demo account of scripts/demo-account.mjs, as the pages and the API name it. */
export const demo = {
  slug: 'harbour-wellness',
  publishableKey: 'pk_demo_harbourwellness0000000000',
  timeZone: 'Europe/Berlin',
  introCall: 'svc_demointro00000000000',
  lena: 'stf_demolena000000000000',
  marcus: 'stf_demomarcus0000000000',
} as const;

/** The visitors made so far, each with an address of its own. */
let visitors = 0;

/**
 * Makes `context` a visitor of its own: every request it sends to the dev server carries its
 * own client address in `CF-Connecting-IP`, as Cloudflare adds it, so the API's per-address
 * write limit counts each visitor apart, not the whole suite as one client.
 */
export async function asNewVisitor(context: BrowserContext): Promise<void> {
  visitors += 1;
  const address = visitorAddress(visitors);
  const server = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin === server,
    (route) =>
      route.continue({ headers: { ...route.request().headers(), 'cf-connecting-ip': address } }),
  );
}

/** Everything a page reported that a visitor's browser would flag as broken. */
export interface PageProblems {
  /** Uncaught exceptions and rejections. */
  errors: string[];
  /** Console errors, such as refused resources and Content-Security-Policy violations. */
  consoleErrors: string[];
}

/** The widget events a page records from the start, in order, with their details. */
const RECORDED_EVENTS = ['bookafy-booked', 'bookafy-rescheduled', 'bookafy-cancelled'];

/**
 * Opens `path` on the dev server in a fresh context (a new visitor in Los Angeles, US English,
 * unless `options` says otherwise) that records the widget's events and the page's problems.
 * With `html`, the browser gets that document at `path`, on the dev server's origin, while
 * every other address still reaches the server.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
  html?: string,
): Promise<{ page: Page; problems: PageProblems; response: Response | null }> {
  const context = await browser.newContext({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    viewport: { width: 1000, height: 900 },
    ...options,
  });
  await asNewVisitor(context);
  await context.addInitScript((types) => {
    const recorded: { type: string; detail: unknown }[] = [];
    const violations: string[] = [];
    Object.assign(window, { bookafyEvents: recorded, cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    for (const type of types) {
      document.addEventListener(type, (event) =>
        recorded.push({ type, detail: (event as CustomEvent).detail }),
      );
    }
  }, RECORDED_EVENTS);
  const url = new URL(path, baseUrl).href;
  if (html !== undefined) {
    await context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  const response = await page.goto(url);
  return { page, problems, response };
}

/** The Content-Security-Policy violations the page has reported, as directive and URL. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The details of every `type` event the page has seen so far. */
export function recordedEvents<T>(page: Page, type: string): Promise<T[]> {
  return page.evaluate(
    (type) =>
      (window as unknown as { bookafyEvents: { type: string; detail: unknown }[] }).bookafyEvents
        .filter((event) => event.type === type)
        .map((event) => event.detail),
    type,
  ) as Promise<T[]>;
}

/**
 * An instant as the widget states a booking's time in `timeZone`, formatted by the page's own
 * `Intl` (e.g. 'Monday, January 11, 2027, 9:00 AM PST').
 */
export function statedTime(page: Page, instant: string, timeZone: string): Promise<string> {
  return page.evaluate(
    ([instant, timeZone]) => {
      const at = Date.parse(instant!);
      const day = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      });
      const time = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      });
      return `${day.format(at)}, ${time.format(at)}`;
    },
    [instant, timeZone],
  );
}
