import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { refusalText } from '../../internal/refusal-text.js';
import { weekdayNames } from '../../internal/schedule-month.js';
import { allGood, rangeProblems, type TimeRange } from '../../internal/schedule-ranges.js';
import {
  copyMondayToWeekdays,
  intervalsOfWeek,
  weekOf,
  type WeekRanges,
} from '../../internal/schedule-week.js';
import { getWorkingHours, putWorkingHours } from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import { renderDayBar, renderRanges, timeRangesStyles } from './time-ranges.js';

/**
 * @summary A staff member's weekly working hours on a grid of seven days, Monday first, in the
 * staff member's own zone: one or more ranges a day, each drawn on a 24-hour bar, with Monday
 * copied to the other weekdays on request. Overlaps and ends before starts are shown as they
 * are typed, and the week is saved only without them.
 */
@localized()
export class BookafyConsoleStaffWeek extends LitElement {
  static override styles = [
    pageStyles,
    timeRangesStyles,
    css`
      th[scope='row'] {
        width: 8rem;
        vertical-align: top;
      }
      td {
        vertical-align: top;
      }
      td.bar {
        width: 30%;
        vertical-align: middle;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.75rem;
      }
    `,
  ];

  /** The staff member whose week this is. */
  @property({ attribute: 'staff-id' }) staffId = '';

  /** The staff member's IANA zone, in which the times are written. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  @state() private week: WeekRanges = weekOf([]);
  /** Days the owner has edited, whose problems show as they type. */
  @state() private touched = new Set<number>();
  @state() private checkAll = false;
  @state() private loading = true;
  @state() private status = '';
  @state() private alert = '';
  @state() private busy = false;

  /** Counts loads, so that only the latest one's answer is shown. */
  private loads = 0;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('staffId') && this.staffId) void this.load();
  }

  /** Reads the stored week again, dropping unsaved edits. */
  async load(): Promise<void> {
    const request = ++this.loads;
    this.loading = true;
    try {
      const intervals = await getWorkingHours(this.staffId);
      // The answer for a staff member the owner has already left is dropped.
      if (request !== this.loads) return;
      this.week = weekOf(intervals);
      this.touched = new Set();
      this.checkAll = false;
      this.alert = '';
    } catch (error) {
      this.alert = refusalText(error);
    } finally {
      if (request === this.loads) this.loading = false;
    }
  }

  private handleDay(day: number, update: (ranges: TimeRange[]) => TimeRange[]) {
    this.week = this.week.map((existing, at) => (at === day ? update(existing) : existing));
    this.touched = new Set(this.touched).add(day);
    this.status = '';
  }

  private handleCopyMonday() {
    this.week = copyMondayToWeekdays(this.week);
    this.touched = new Set([...this.touched, 0, 1, 2, 3, 4]);
    this.status = msg("Monday's hours are copied to Tuesday through Friday.", {
      id: 'staff.copied',
    });
  }

  private async handleSave() {
    this.checkAll = true;
    if (!allGood(rangeProblems(this.week, true))) {
      this.alert = msg('Some hours need correcting; see the marked ranges.', {
        id: 'staff.fixRanges',
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.alert = '';
    try {
      this.week = weekOf(await putWorkingHours(this.staffId, intervalsOfWeek(this.week)));
      this.touched = new Set();
      this.checkAll = false;
      this.status = msg('The weekly hours are saved.', { id: 'staff.weekSaved' });
    } catch (error) {
      this.alert = refusalText(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const names = weekdayNames(currentLocale());
    const problems = rangeProblems(this.week, true);
    const zone = this.timeZone;
    return html`
      <h4 id="week-title">${msg('Weekly hours', { id: 'staff.weekTitle' })}</h4>
      <p class="zone">${msg(str`Times in ${zone}`, { id: 'staff.timesIn' })}</p>
      <table aria-labelledby="week-title" aria-busy=${this.loading ? 'true' : 'false'}>
        <tbody>
          ${this.week.map(
            (ranges, day) =>
              html`<tr data-weekday=${day + 1}>
                <th scope="row">${names[day]}</th>
                <td>
                  ${renderRanges({
                    prefix: `d${day + 1}`,
                    dayName: names[day]!,
                    ranges,
                    problems:
                      this.checkAll || this.touched.has(day)
                        ? problems[day]!
                        : ranges.map(() => undefined),
                    onChange: (update) => this.handleDay(day, update),
                  })}
                </td>
                <td class="bar">${renderDayBar(ranges)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="buttons">
        <button type="button" @click=${this.handleCopyMonday}>
          ${msg('Copy Monday to Tuesday–Friday', { id: 'staff.copyMonday' })}
        </button>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${this.handleSave}>
          ${msg('Save weekly hours', { id: 'staff.saveWeek' })}
        </button>
      </div>
      <p role="status">${this.status}</p>
      <p role="alert">${this.alert}</p>
    `;
  }
}
