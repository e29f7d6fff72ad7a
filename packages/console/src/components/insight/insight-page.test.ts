import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import { switchLocale } from '../../i18n/localization.js';
import type { Insights } from '../../internal/insight-api.js';
import { bookDemoSlot } from '../../test-support/demo-booking.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleInsight } from './insight-page.js';

async function openInsight() {
  const page = await fixture<BookafyConsoleInsight>(
    html`<bookafy-console-insight></bookafy-console-insight>`,
  );
  await waitUntil(() => page.shadowRoot!.querySelector('table.heat'), 'no insight shown');
  return page;
}

/** The "bookings made" figure of today's row (the table's last) and the total above. */
function todayAndTotal(page: BookafyConsoleInsight) {
  const root = page.shadowRoot!;
  const today = root.querySelector('details tbody tr:last-child td')!.textContent;
  const total = root.querySelector('.totals dd')!.textContent;
  return { today: Number(today), total: Number(total) };
}

/** The demo account's zone, in which the insight counts days. */
const BUSINESS_ZONE = 'Europe/Berlin';

/** The local date of `instant` in the business's zone, as the table's row heading reads it. */
const dayHeading = (instant: string) =>
  new Intl.DateTimeFormat('en', { timeZone: BUSINESS_ZONE, dateStyle: 'full' }).format(
    Date.parse(instant),
  );

/** The cancellations the page shows: per day heading in the table, and the total above. */
function cancellationsShown(page: BookafyConsoleInsight) {
  const root = page.shadowRoot!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('details tbody tr')];
  const perDay = new Map(
    rows.map((row) => [row.querySelector('th')!.textContent!, Number(row.cells[2]!.textContent)]),
  );
  const total = [...root.querySelectorAll('.totals div')].find(
    (pair) => pair.querySelector('dt')!.textContent === 'Cancellations',
  )!;
  return { perDay, total: Number(total.querySelector('dd')!.textContent) };
}

/** How many cancellations the chart's bar of `day` reaches on the chart's own scale. */
function cancelledBarValue(page: BookafyConsoleInsight, day: string) {
  const root = page.shadowRoot!;
  const headings = [...root.querySelectorAll('details tbody th')].map((th) => th.textContent);
  const bar = root.querySelectorAll('svg rect.cancelled')[headings.indexOf(day)]!;
  const gridLines = [...root.querySelectorAll('svg .grid line')];
  const scaleTop = Number([...root.querySelectorAll('svg .grid text')].at(-1)!.textContent);
  const zeroY = Number(gridLines[0]!.getAttribute('y1'));
  const topY = Number(gridLines.at(-1)!.getAttribute('y1'));
  return (Number(bar.getAttribute('height')) / (zeroY - topY)) * scaleTop;
}

describe('<bookafy-console-insight>', () => {
  useRealWorker();
  before(async () => {
    await setSession(true);
    await switchLocale('en');
  });
  after(() => setSession(false));

  it("counts a new booking on today's bar and in the totals", async () => {
    const page = await openInsight();
    const before = todayAndTotal(page);

    await bookDemoSlot(3, 'Insight Visitor');
    await page.load();

    await waitUntil(() => todayAndTotal(page).today === before.today + 1, 'today did not grow');
    expect(todayAndTotal(page).total).to.equal(before.total + 1);
    const bars = page.shadowRoot!.querySelectorAll('svg rect.booked');
    expect(bars.length).to.equal(90);
    expect(Number(bars[89]!.getAttribute('height'))).to.be.greaterThan(0);
  });

  it('counts a cancellation on the day it was cancelled, in the chart and the totals', async () => {
    const page = await openInsight();
    const before = cancellationsShown(page);

    // The appointment is weeks ahead, outside the chart: only the day of cancelling can count it.
    const booking = await bookDemoSlot(3, 'Cancelled Visitor');
    const cancelled = await fetch(`/v1/admin/bookings/${booking.id}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(cancelled.status).to.equal(200);
    const trail = (await (await fetch(`/v1/admin/bookings/${booking.id}/events`)).json()) as {
      data: { type: string; at: string }[];
    };
    const cancelledOn = dayHeading(trail.data.find((event) => event.type === 'cancelled')!.at);
    await page.load();
    await page.updateComplete;

    const after = cancellationsShown(page);
    expect(after.perDay.get(cancelledOn)).to.equal((before.perDay.get(cancelledOn) ?? 0) + 1);
    // Counted from the days still shown, should midnight have moved the 90 days on meanwhile.
    const stillShown = [...after.perDay.keys()].map((day) => before.perDay.get(day) ?? 0);
    expect(after.total).to.equal(stillShown.reduce((sum, count) => sum + count, 0) + 1);
    expect(cancelledBarValue(page, cancelledOn)).to.be.closeTo(
      after.perDay.get(cancelledOn)!,
      1e-9,
    );
  });

  it('draws the busiest hours the API counts, by weekday in the business zone', async () => {
    const counts = (await (await fetch('/v1/admin/insights?days=90')).json()) as Insights;

    const page = await openInsight();

    const rows = [...page.shadowRoot!.querySelectorAll('table.heat tbody tr')];
    expect(rows.map((row) => row.querySelector('th')!.textContent)).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    const cells = rows.map((row) =>
      [...row.querySelectorAll('td')].map((td) => Number(td.textContent)),
    );
    expect(cells).to.deep.equal(counts.busiestHours);
    expect(page.shadowRoot!.querySelector('.heat')!.closest('section')!.textContent).to.contain(
      'Europe/Berlin',
    );
    await expect(page).to.be.accessible();
  });
});
