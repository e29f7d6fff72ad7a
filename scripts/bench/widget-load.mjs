/**
 * How soon a visitor of the demo page sees which days have free times, in Debian's Chromium
 * against the dev server, and which requests the page made until then. Every visit opens a
 * fresh browser context, so nothing comes from the HTTP cache.
 */
import { chromium } from 'playwright-core';

import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { demoAccount, demoServices, demoStaff } from '../demo-account.mjs';

/** Measured visits per scenario, after one unmeasured visit that starts the renderer. */
export const VISITS = 10;

/**
 * Runs in the page from its first script on: checks once per animation frame, through the open
 * shadow roots, for the first step (services listed or the calendar) and for a calendar day
 * marked `data-available`, and records when each first appeared (milliseconds since navigation
 * start) with the resources the page had requested by then.
 */
function watchForFreeDays() {
  const find = (root, selector) => {
    const match = root.querySelector(selector);
    if (match) return match;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && find(element.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  const marks = {};
  Object.assign(window, { bookafyMarks: marks });
  const check = () => {
    const now = performance.now();
    if (marks.firstStep === undefined && find(document, 'bookafy-service-list, bookafy-calendar')) {
      marks.firstStep = now;
    }
    if (find(document, 'button.day[data-available]')) {
      marks.freeDays = now;
      marks.requests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= now)
        .map((entry) => entry.name);
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The demo page with the widget told its service and staff member, so no choice comes first. */
function withPresetChoice(html) {
  const preset = `service="${demoServices[0].id}" staff="${demoStaff[0].id}"`;
  const tag = `<bookafy-widget publishable-key="${demoAccount.publishableKey}"`;
  if (!html.includes(tag)) throw new Error('The demo page no longer holds the expected widget');
  return html.replace(tag, `${tag} ${preset}`);
}

/** The scenarios measured: the demo page as it ships, then with the choices preset. */
const SCENARIOS = [
  {
    name: 'Demo page `/`, visitor picks the introductory call and anyone (two clicks)',
    locale: 'en-US',
    clicks: [/Introductory call/, 'Anyone available'],
  },
  {
    name: 'Demo page with `service` and `staff` set on the element (no clicks)',
    locale: 'en-US',
    preset: true,
  },
  {
    name: 'The same, in a browser set to German (`de-DE`)',
    locale: 'de-DE',
    preset: true,
  },
];

/** One visit in a fresh context; resolves with the page's marks and every request it made. */
async function visit(browser, baseUrl, scenario) {
  const context = await browser.newContext({
    locale: scenario.locale,
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1000, height: 900 },
  });
  try {
    const seen = [];
    context.on('request', (request) => seen.push(request.url()));
    await context.addInitScript(watchForFreeDays);
    const page = await context.newPage();
    if (scenario.preset) {
      const html = await fetch(baseUrl).then((response) => response.text());
      await page.route(baseUrl, (route) =>
        route.fulfill({ contentType: 'text/html', body: withPresetChoice(html) }),
      );
    }
    await page.goto(baseUrl);
    for (const name of scenario.clicks ?? []) await page.getByRole('button', { name }).click();
    await page.waitForFunction(() => window.bookafyMarks.freeDays !== undefined);
    const marks = await page.evaluate(() => window.bookafyMarks);
    return { ...marks, seen };
  } finally {
    await context.close();
  }
}

/** The address without origin and query values, e.g. `/v1/slots?serviceId&start&end`. */
function shortAddress(address, baseUrl) {
  const url = new URL(address);
  if (url.origin !== new URL(baseUrl).origin) return address;
  const names = [...url.searchParams.keys()];
  return `${url.pathname}${names.length ? `?${names.join('&')}` : ''}`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Measures each scenario {@link VISITS} times in Debian's Chromium.
 *
 * @param {string} baseUrl the dev server's address, ending in `/`
 */
export async function measureWidgetLoad(baseUrl) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await visit(browser, baseUrl, SCENARIOS[0]);
    const results = [];
    for (const scenario of SCENARIOS) {
      const visits = [];
      for (let index = 0; index < VISITS; index += 1) {
        visits.push(await visit(browser, baseUrl, scenario));
      }
      const last = visits.at(-1);
      results.push({
        name: scenario.name,
        firstStepMs: median(visits.map(({ firstStep }) => firstStep)),
        medianMs: median(visits.map(({ freeDays }) => freeDays)),
        worstMs: Math.max(...visits.map(({ freeDays }) => freeDays)),
        requestCounts: [...new Set(visits.map(({ requests }) => requests.length + 1))],
        requests: ['/ (the page)', ...last.requests.map((name) => shortAddress(name, baseUrl))],
        later: [
          ...new Set(
            visits.flatMap(({ seen, requests }) =>
              seen
                .filter((name) => name !== baseUrl && !requests.includes(name))
                .map((name) => shortAddress(name, baseUrl)),
            ),
          ),
        ],
      });
    }
    return { browserVersion: browser.version(), results };
  } finally {
    await browser.close();
  }
}

const ms = (value) => `${Math.round(value)} ms`;

/**
 * The report's section for {@link measureWidgetLoad}'s result.
 *
 * @param {Awaited<ReturnType<typeof measureWidgetLoad>>} result
 */
export function widgetLoadSection({ browserVersion, results }) {
  const codeList = (addresses) => addresses.map((address) => `\`${address}\``).join(', ');
  const requestLists = results
    .map(({ name, requests, later }) => {
      const after = later.length ? ` Other requests the browser made: ${codeList(later)}.` : '';
      return `- ${name}: ${codeList(requests)}.${after}`;
    })
    .join('\n');
  const rows = results.map(
    (row) =>
      `| ${row.name} | ${ms(row.firstStepMs)} | ${ms(row.medianMs)} | ${ms(row.worstMs)} | ` +
      `${row.requestCounts.join(' or ')} |`,
  );
  return `## Widget in Chromium

The demo page served by the dev server, opened ${VISITS} times per scenario in a fresh context of
headless Chromium ${browserVersion} (a visitor in America/Los_Angeles), after one unmeasured
visit. The figure is the time from navigation start to the first animation frame in which the
calendar shows a day marked \`data-available\`, that is, days with free times; "first step" is
the first frame with the service list or the calendar. The two clicks of the first scenario are
Playwright's, issued as soon as each button can be clicked, and count towards its time.

| Scenario | First step, median | Free days, median | Free days, worst | Requests, page included |
|---|---|---|---|---|
${rows.join('\n')}

Requests until the free days showed (from Resource Timing, plus the page itself); the page's
icon is a \`data:\` address, so there is no favicon request:

${requestLists}
`;
}
