import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import type { Me } from '../../internal/console-api.js';
import { busiestSlot, dayChart, heatLevel } from '../../internal/insight-chart.js';
import { loadInsights, type Insights } from '../../internal/insight-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { pageStyles } from '../../styles/page.styles.js';
import { insightStyles } from './insight.styles.js';

/** The chart's drawing box: a left margin for the scale, then a fixed width per day. */
const CHART = { left: 28, top: 8, dayWidth: 8, height: 140, bottom: 18 } as const;

/** 2027-03-01 is a Monday: weekday `n` (0 = Monday) is that date plus `n` days. */
const weekdayName = (weekday: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2027, 2, 1 + weekday),
  );

/** A local `YYYY-MM-DD` date as the viewer reads it. */
const dateLabel = (date: string, locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.parse(date));

/**
 * @summary The account's last 90 days: bookings and cancellations per day as a bar chart, and
 * the busiest hours of the week as a heat map, both counted in the business's time zone and
 * drawn in the page; each also readable as a table.
 */
@localized()
export class BookafyConsoleInsight extends LitElement {
  static override styles = [pageStyles, insightStyles];

  /** Who is signed in; the insight covers their account. */
  @property({ attribute: false }) me?: Me;

  /** How many days back the page looks. */
  @property({ type: Number }) days = 90;

  @state() private insights?: Insights;
  @state() private error = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('days')) void this.load();
  }

  /** Reads the insight again. */
  async load(): Promise<void> {
    try {
      this.insights = await loadInsights(this.days);
      this.error = '';
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private renderTotals(insights: Insights) {
    const locale = currentLocale();
    const booked = insights.days.reduce((sum, day) => sum + day.booked, 0);
    const cancelled = insights.days.reduce((sum, day) => sum + day.cancelled, 0);
    const share = new Intl.NumberFormat(locale, { style: 'percent' });
    const busiest = busiestSlot(insights.busiestHours);
    const hour = (value: number) =>
      new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2027, 2, 1, value),
      );
    return html`<dl class="totals">
      <div>
        <dt>${msg('Bookings made', { id: 'insight.booked' })}</dt>
        <dd>${booked}</dd>
      </div>
      <div>
        <dt>${msg('Cancellations', { id: 'insight.cancelled' })}</dt>
        <dd>${cancelled}</dd>
      </div>
      <div>
        <dt>${msg('Cancelled, of bookings made', { id: 'insight.cancelRate' })}</dt>
        <dd>${booked ? share.format(cancelled / booked) : '–'}</dd>
      </div>
      <div>
        <dt>${msg('Busiest hour', { id: 'insight.busiest' })}</dt>
        <dd>${busiest ? `${weekdayName(busiest.weekday, locale)} ${hour(busiest.hour)}` : '–'}</dd>
      </div>
    </dl>`;
  }

  private renderDayChart(insights: Insights) {
    const locale = currentLocale();
    const chart = dayChart(insights.days);
    const width = CHART.left + chart.bars.length * CHART.dayWidth;
    const height = CHART.top + CHART.height + CHART.bottom;
    const y = (fraction: number) => CHART.top + CHART.height * (1 - fraction);
    const x = (index: number) => CHART.left + index * CHART.dayWidth;
    const first = insights.days[0]?.date ?? '';
    const last = insights.days.at(-1)?.date ?? '';
    const range = `${dateLabel(first, locale, { dateStyle: 'medium' })} – ${dateLabel(
      last,
      locale,
      {
        dateStyle: 'medium',
      },
    )}`;
    return html`<figure class="card">
      <figcaption id="day-chart-title">
        <h3>${msg('Bookings and cancellations per day', { id: 'insight.dayChart' })}</h3>
        <p class="hint">
          ${msg(str`${range}, by the day in ${insights.timeZone}.`, { id: 'insight.dayRange' })}
        </p>
      </figcaption>
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="day-chart-title">
        <g class="grid">
          ${chart.ticks.map(
            (tick) =>
              svg`<line x1=${CHART.left} x2=${width} y1=${y(tick / chart.max)}
                  y2=${y(tick / chart.max)}></line>
                <text x=${CHART.left - 4} y=${y(tick / chart.max) + 3} text-anchor="end">${tick}</text>`,
          )}
        </g>
        <g class="months">
          ${chart.bars
            .filter((bar, index) => index === 0 || bar.date.endsWith('-01'))
            .map(
              (bar) =>
                svg`<text x=${x(bar.x)} y=${height - 4}>${dateLabel(bar.date, locale, {
                  month: 'short',
                })}</text>`,
            )}
        </g>
        ${chart.bars.map(
          (bar) =>
            svg`<rect class="booked" x=${x(bar.x) + 1} width=${CHART.dayWidth - 2}
                y=${y(bar.bookedHeight)} height=${CHART.height * bar.bookedHeight}></rect>
              <rect class="cancelled" x=${x(bar.x) + 2.5} width=${CHART.dayWidth - 5}
                y=${y(bar.cancelledHeight)} height=${CHART.height * bar.cancelledHeight}></rect>`,
        )}
      </svg>
      <ul class="legend">
        <li class="booked-key">${msg('Bookings made', { id: 'insight.booked' })}</li>
        <li class="cancelled-key">${msg('Cancellations', { id: 'insight.cancelled' })}</li>
      </ul>
      <details>
        <summary>${msg('Show the numbers as a table', { id: 'insight.asTable' })}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Day', { id: 'insight.day' })}</th>
              <th scope="col">${msg('Bookings made', { id: 'insight.booked' })}</th>
              <th scope="col">${msg('Cancellations', { id: 'insight.cancelled' })}</th>
            </tr>
          </thead>
          <tbody>
            ${insights.days.map(
              (day) =>
                html`<tr>
                  <th scope="row">${dateLabel(day.date, locale, { dateStyle: 'full' })}</th>
                  <td>${day.booked}</td>
                  <td>${day.cancelled}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>`;
  }

  private renderHeatMap(insights: Insights) {
    const locale = currentLocale();
    const busiest = Math.max(0, ...insights.busiestHours.flat());
    const hours = Array.from({ length: 24 }, (_, hour) => hour);
    return html`<section class="card">
      <h3 id="heat-title">${msg('Busiest hours', { id: 'insight.heatTitle' })}</h3>
      <p class="hint">
        ${msg(str`Bookings by the weekday and hour they start, in ${insights.timeZone}.`, {
          id: 'insight.heatHint',
        })}
      </p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="heat-title">
        <table class="heat">
          <thead>
            <tr>
              <td></td>
              ${hours.map((hour) => html`<th scope="col">${String(hour).padStart(2, '0')}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${insights.busiestHours.map(
              (row, weekday) =>
                html`<tr>
                  <th scope="row">${weekdayName(weekday, locale)}</th>
                  ${row.map(
                    (count) => html`<td class="level-${heatLevel(count, busiest)}">${count}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    const { insights } = this;
    return html`
      <h2>${msg('Insight', { id: 'shell.page.insight' })}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${
        insights
          ? html`${this.renderTotals(insights)} ${this.renderDayChart(insights)}
            ${this.renderHeatMap(insights)}`
          : html`<p role="status">${msg('Loading…', { id: 'agenda.loading' })}</p>`
      }
    `;
  }
}
