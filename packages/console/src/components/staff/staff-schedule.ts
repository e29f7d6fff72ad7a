import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { refusalText } from '../../internal/refusal-text.js';
import { daysInMonth, isoWeekday, type Month } from '../../internal/schedule-month.js';
import { minutesToTime, rangeOf } from '../../internal/schedule-ranges.js';
import { localDayRange, utcToWallClock } from '../../internal/schedule-zone-time.js';
import {
  getWorkingHours,
  listDateOverrides,
  listTimeOff,
  type LocalInterval,
  type StaffMember,
  type TimeOff,
  type WorkingInterval,
} from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { DayChooseEvent } from './day-choose-event.js';
import type { MonthChangeEvent } from './month-change-event.js';
import type { ScheduleChangeEvent } from './schedule-change-event.js';
import type { DayMark } from './staff-calendar.js';

/** The dates of a month, `YYYY-MM-DD`, first to last. */
const datesOf = (month: Month) =>
  Array.from(
    { length: daysInMonth(month) },
    (_, day) => `${month}-${String(day + 1).padStart(2, '0')}`,
  );

/**
 * @summary A staff member's date overrides and time off: a month calendar in their zone marking
 * both, the chosen date's editor, and the list of upcoming time off.
 */
@localized()
export class BookafyConsoleStaffSchedule extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .columns {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
      }
      .columns > * {
        flex: 1 1 20rem;
      }
    `,
  ];

  /** The staff member whose dates these are. */
  @property({ attribute: false }) member?: StaffMember;

  /** The current instant (epoch milliseconds), which decides today and what is upcoming. */
  @property({ type: Number }) now = Date.now();

  @state() private month: Month = '1970-01';
  @state() private today = '';
  @state() private selectedDate?: string;
  @state() private overrides = new Map<string, LocalInterval[]>();
  @state() private timeOff: TimeOff[] = [];
  @state() private weekly: WorkingInterval[] = [];
  @state() private status = '';
  @state() private alert = '';

  /** Counts loads, so that only the answer for the month still shown is kept. */
  private loads = 0;

  override willUpdate(changed: PropertyValues<this>) {
    const member = this.member;
    if (!member || (!changed.has('member') && !changed.has('now'))) return;
    const before = changed.get('member') as StaffMember | undefined;
    // A new copy of the same member (after saving their details) keeps the month and date.
    if (changed.has('now') || before?.id !== member.id || before.timeZone !== member.timeZone) {
      this.today = utcToWallClock(this.now, member.timeZone).date;
      this.month = this.today.slice(0, 7);
      this.selectedDate = undefined;
      void this.load();
    }
  }

  /** Reads the month's overrides and time off, and the weekly hours, again. */
  async load(): Promise<void> {
    const member = this.member;
    if (!member) return;
    const request = ++this.loads;
    const dates = datesOf(this.month);
    const first = dates[0]!;
    const last = dates.at(-1)!;
    try {
      const [overrides, timeOff, weekly] = await Promise.all([
        listDateOverrides(member.id, first, last),
        listTimeOff(
          member.id,
          localDayRange(first, member.timeZone).start,
          localDayRange(last, member.timeZone).end,
        ),
        getWorkingHours(member.id),
      ]);
      // The weekly hours are the member's, whatever month is shown: an answer for a month left
      // meanwhile still has them right, so a date opened before the next answer shows them.
      if (member === this.member) this.weekly = weekly;
      if (request !== this.loads) return;
      this.overrides = new Map(overrides.map((override) => [override.date, override.intervals]));
      this.timeOff = timeOff;
      this.alert = '';
    } catch (error) {
      this.alert = refusalText(error);
    }
  }

  private marks(zone: string): Map<string, DayMark> {
    const marks = new Map<string, DayMark>();
    for (const date of datesOf(this.month)) {
      const mark: DayMark = {};
      const override = this.overrides.get(date);
      if (override) {
        mark.override = override.length === 0 ? 'closed' : 'custom';
        mark.hours = override
          .map(
            (interval) =>
              `${minutesToTime(interval.startMinute)}–${minutesToTime(interval.endMinute)}`,
          )
          .join(', ');
      }
      if (this.timeOffOn(date, zone).length > 0) mark.timeOff = true;
      if (Object.keys(mark).length > 0) marks.set(date, mark);
    }
    return marks;
  }

  private timeOffOn(date: string, zone: string): TimeOff[] {
    const day = localDayRange(date, zone);
    return this.timeOff.filter(
      (off) => Date.parse(off.start) < day.end && day.start < Date.parse(off.end),
    );
  }

  private async handleMonth(event: MonthChangeEvent) {
    this.month = event.detail.month;
    await this.load();
  }

  private handleChoose(event: DayChooseEvent) {
    this.selectedDate = event.detail.date;
    this.status = '';
  }

  private async handleChange(event: ScheduleChangeEvent) {
    this.status = event.detail.message;
    await this.load();
    await this.renderRoot.querySelector('bookafy-console-staff-time-off')?.load();
  }

  private renderDay(member: StaffMember, date: string) {
    const weekday = isoWeekday(date);
    const weekly = this.weekly
      .filter((interval) => interval.weekday === weekday)
      .map((interval) => rangeOf(interval));
    return html`<bookafy-console-staff-day
      staff-id=${member.id}
      time-zone=${member.timeZone}
      date=${date}
      .override=${this.overrides.get(date)}
      .weekly=${weekly}
      .timeOff=${this.timeOffOn(date, member.timeZone)}
    ></bookafy-console-staff-day>`;
  }

  override render() {
    const member = this.member;
    if (!member) return nothing;
    const zone = member.timeZone;
    return html`
      <h4>${msg('Date overrides and time off', { id: 'staff.datesTitle' })}</h4>
      <p>
        ${msg(
          str`Dates and times in ${zone}. Choose a date to give it its own hours, close it or add time off.`,
          {
            id: 'staff.datesHint',
          },
        )}
      </p>
      <p role="status">${this.status}</p>
      <p role="alert">${this.alert}</p>
      <div @bookafy-schedule-change=${this.handleChange}>
        <div class="columns">
          <bookafy-console-staff-calendar
            month=${this.month}
            today=${this.today}
            .selectedDate=${this.selectedDate}
            .marks=${this.marks(zone)}
            @bookafy-month-change=${this.handleMonth}
            @bookafy-day-choose=${this.handleChoose}
          ></bookafy-console-staff-calendar>
          <div>${this.selectedDate ? this.renderDay(member, this.selectedDate) : nothing}</div>
        </div>
        <bookafy-console-staff-time-off
          staff-id=${member.id}
          time-zone=${zone}
          now=${this.now}
        ></bookafy-console-staff-time-off>
      </div>
    `;
  }
}
