import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
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

describe('<bookafy-console-insight>', () => {
  useRealWorker();
  before(() => setSession(true));
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

  it("draws the busiest hours as the API counts them, by weekday in the business's zone", async () => {
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
