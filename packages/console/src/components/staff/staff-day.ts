import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { refusalText } from '../../internal/refusal-text.js';
import { addDays, fullDate } from '../../internal/schedule-month.js';
import {
  allGood,
  intervalOf,
  rangeOf,
  rangeProblems,
  type TimeRange,
} from '../../internal/schedule-ranges.js';
import { parseWallClock, wallClockToUtc } from '../../internal/schedule-zone-time.js';
import {
  addTimeOff,
  deleteDateOverride,
  putDateOverride,
  type LocalInterval,
  type TimeOff,
} from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import { ScheduleChangeEvent } from './schedule-change-event.js';
import { renderRanges, timeRangesStyles } from './time-ranges.js';

/** Which hours a date has: the weekly ones, its own, or none. */
type DayMode = 'weekly' | 'custom' | 'closed';

/**
 * @summary One date of a staff member, in their zone: keep the weekly hours, give the date its
 * own hours, or close it (a date override); and add time off from a local date and time to
 * another, converted to UTC in the staff member's zone.
 *
 * @event bookafy-schedule-change - An override or time off was saved; `detail` says which.
 */
@localized()
export class BookafyConsoleStaffDay extends LitElement {
  static override styles = [
    pageStyles,
    timeRangesStyles,
    css`
      fieldset {
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      legend {
        font-weight: 600;
      }
      .choice {
        display: block;
        margin: 0.25rem 0;
        font-weight: normal;
      }
      .field {
        display: inline-flex;
        flex-direction: column;
        margin: 0 1rem 0.5rem 0;
      }
    `,
  ];

  /** The staff member whose date this is. */
  @property({ attribute: 'staff-id' }) staffId = '';

  /** The staff member's IANA zone. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /** The date, `YYYY-MM-DD` in the staff member's zone. */
  @property() date = '';

  /** The date's override: its own hours (none: closed), or `undefined` for the weekly hours. */
  @property({ attribute: false }) override?: LocalInterval[];

  /** The weekly hours of the date's weekday, shown beside "weekly hours". */
  @property({ attribute: false }) weekly: TimeRange[] = [];

  /** Time off that overlaps the date. */
  @property({ attribute: false }) timeOff: TimeOff[] = [];

  @state() private mode: DayMode = 'weekly';
  @state() private ranges: TimeRange[] = [];
  @state() private checkRanges = false;
  @state() private offStart = '';
  @state() private offEnd = '';
  @state() private reason = '';
  @state() private alert = '';
  @state() private offAlert = '';
  @state() private busy = false;

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('date') && !changed.has('override')) return;
    const override = this.override;
    this.mode = override === undefined ? 'weekly' : override.length === 0 ? 'closed' : 'custom';
    this.ranges = override?.length ? override.map(rangeOf) : this.weekly.map((r) => ({ ...r }));
    if (this.ranges.length === 0) this.ranges = [{ start: '09:00', end: '17:00', nextDay: false }];
    this.checkRanges = false;
    this.alert = '';
    if (changed.has('date')) {
      this.offStart = `${this.date}T00:00`;
      this.offEnd = `${addDays(this.date, 1)}T00:00`;
      this.reason = '';
      this.offAlert = '';
    }
  }

  private async handleSaveHours() {
    const date = fullDate(this.date, currentLocale());
    this.checkRanges = true;
    if (this.mode === 'custom' && !allGood(rangeProblems([this.ranges], false))) {
      this.alert = msg('Some hours need correcting; see the marked ranges.', {
        id: 'staff.fixRanges',
      });
      return;
    }
    this.busy = true;
    this.alert = '';
    try {
      let message: string;
      if (this.mode === 'weekly') {
        if (this.override !== undefined) await deleteDateOverride(this.staffId, this.date);
        message = msg(str`${date} follows the weekly hours.`, { id: 'staff.dayWeekly' });
      } else if (this.mode === 'closed') {
        await putDateOverride(this.staffId, this.date, []);
        message = msg(str`${date} is closed.`, { id: 'staff.dayClosed' });
      } else {
        const intervals = this.ranges.map((range) => intervalOf(range)!);
        await putDateOverride(this.staffId, this.date, intervals);
        message = msg(str`${date} has its own hours.`, { id: 'staff.dayCustom' });
      }
      this.dispatchEvent(new ScheduleChangeEvent(message));
    } catch (error) {
      this.alert = refusalText(error);
    } finally {
      this.busy = false;
    }
  }

  private async handleAddTimeOff() {
    const start = parseWallClock(this.offStart);
    const end = parseWallClock(this.offEnd);
    if (!start || !end) {
      this.offAlert = msg('Enter a start and an end.', { id: 'staff.rangeIncomplete' });
      return;
    }
    const startUtc = wallClockToUtc(start.date, start.minute, this.timeZone);
    const endUtc = wallClockToUtc(end.date, end.minute, this.timeZone);
    if (endUtc <= startUtc) {
      this.offAlert = msg('The end must be after the start.', { id: 'staff.rangeEndBeforeStart' });
      return;
    }
    this.busy = true;
    this.offAlert = '';
    try {
      await addTimeOff(this.staffId, startUtc, endUtc, this.reason.trim());
      this.reason = '';
      const range = this.formatRange(startUtc, endUtc);
      this.dispatchEvent(
        new ScheduleChangeEvent(msg(str`Time off ${range} is added.`, { id: 'staff.offAdded' })),
      );
    } catch (error) {
      this.offAlert = refusalText(error);
    } finally {
      this.busy = false;
    }
  }

  private formatRange(start: number, end: number) {
    return new Intl.DateTimeFormat(currentLocale(), {
      timeZone: this.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).formatRange(start, end);
  }

  private renderMode(mode: DayMode, label: string) {
    return html`<label class="choice">
      <input
        type="radio"
        name="mode"
        value=${mode}
        .checked=${this.mode === mode}
        @change=${() => (this.mode = mode)}
      />
      ${label}
    </label>`;
  }

  private renderHours(date: string) {
    const weekly = this.weekly.map((range) => `${range.start}–${range.end}`).join(', ');
    const weeklyText = weekly || msg('none', { id: 'staff.noHours' });
    return html`<fieldset>
      <legend>${msg(str`Hours on ${date}`, { id: 'staff.hoursOn' })}</legend>
      ${this.renderMode(
        'weekly',
        msg(str`Weekly hours (${weeklyText})`, { id: 'staff.modeWeekly' }),
      )}
      ${this.renderMode('custom', msg('Own hours on this date', { id: 'staff.modeCustom' }))}
      ${this.renderMode('closed', msg('Closed all day', { id: 'staff.modeClosed' }))}
      ${
        this.mode === 'custom'
          ? renderRanges({
              prefix: 'day',
              dayName: date,
              ranges: this.ranges,
              problems: this.checkRanges
                ? rangeProblems([this.ranges], false)[0]!
                : this.ranges.map(() => undefined),
              onChange: (update) => {
                this.ranges = update(this.ranges);
                this.checkRanges = true;
              },
            })
          : nothing
      }
      <p role="alert">${this.alert}</p>
      <button type="button" class="primary" ?disabled=${this.busy} @click=${this.handleSaveHours}>
        ${msg('Save hours for this date', { id: 'staff.saveDay' })}
      </button>
    </fieldset>`;
  }

  private renderTimeOff() {
    const input = (event: Event) => (event.target as HTMLInputElement).value;
    return html`<fieldset>
      <legend>${msg('Add time off', { id: 'staff.addOff' })}</legend>
      ${
        this.timeOff.length
          ? html`<ul>
              ${this.timeOff.map(
                (off) =>
                  html`<li>
                    ${this.formatRange(Date.parse(off.start), Date.parse(off.end))} ${off.reason}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="field">
        <label for="off-start">${msg('From', { id: 'staff.offFrom' })}</label>
        <input
          id="off-start"
          type="datetime-local"
          .value=${this.offStart}
          @input=${(event: Event) => (this.offStart = input(event))}
        />
      </div>
      <div class="field">
        <label for="off-end">${msg('Until', { id: 'staff.offUntil' })}</label>
        <input
          id="off-end"
          type="datetime-local"
          .value=${this.offEnd}
          @input=${(event: Event) => (this.offEnd = input(event))}
        />
      </div>
      <div class="field">
        <label for="off-reason">${msg('Reason (optional)', { id: 'staff.offReason' })}</label>
        <input
          id="off-reason"
          maxlength="500"
          .value=${this.reason}
          @input=${(event: Event) => (this.reason = input(event))}
        />
      </div>
      <p role="alert">${this.offAlert}</p>
      <button type="button" ?disabled=${this.busy} @click=${this.handleAddTimeOff}>
        ${msg('Add time off', { id: 'staff.addOff' })}
      </button>
    </fieldset>`;
  }

  override render() {
    if (!this.date) return nothing;
    const date = fullDate(this.date, currentLocale());
    return html`<h5 id="day-title" tabindex="-1">${date}</h5>
      ${this.renderHours(date)} ${this.renderTimeOff()}`;
  }
}
