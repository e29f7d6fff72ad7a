import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import {
  exportCsvHref,
  listRangeBookings,
  listServices,
  listStaff,
  listWorkingHours,
  type AdminBooking,
  type ServiceSummary,
  type StaffSummary,
} from '../../internal/bookings-api.js';
import type { Me } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { layoutWeek, weekOf, type DaySpan, type WeekRange } from '../../internal/week-layout.js';
import { workingSpans, type WorkingInterval } from '../../internal/week-working-hours.js';
import { addDays, instantAt } from '../../internal/week-zone.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleBookingDetails } from './booking-details.js';
import { renderWeekGrid } from './week-grid.js';
import { weekStyles } from './week.styles.js';

/**
 * @summary A week of bookings, Monday to Sunday in the viewer's zone, as a grid of days and
 * hours: each booking a block by its start and end, coloured by status, opening its details.
 * Owners filter by staff member and download the week as CSV; a staff user sees their own.
 */
@localized()
export class BookafyConsoleWeek extends LitElement {
  static override styles = [pageStyles, weekStyles];

  /** Counts loads, so that only the latest one's answer is shown. */
  private loads = 0;
  private staffList?: Promise<StaffSummary[]>;
  private serviceList?: Promise<ServiceSummary[]>;
  private readonly hours = new Map<string, Promise<WorkingInterval[]>>();

  @query('bookafy-console-booking-details') private details!: BookafyConsoleBookingDetails;

  @state() private bookings: AdminBooking[] = [];
  @state() private staff: StaffSummary[] = [];
  @state() private services: ServiceSummary[] = [];
  @state() private spans: DaySpan[] = [];
  @state() private staffId = '';
  @state() private showCancelled = false;
  @state() private loading = true;
  @state() private error = '';

  /** Who is signed in: owners see every staff member, a staff user only themselves. */
  @property({ attribute: false }) me?: Me;

  /** A day of the week shown (today unless set); the week buttons change it. */
  @property({ attribute: false }) date?: Date;

  /** The viewer's zone, in which days and hours are drawn; the browser's own unless set. */
  @property({ attribute: 'time-zone' }) timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  private get week(): WeekRange {
    return weekOf(this.date ?? new Date(), this.timeZone);
  }

  private get isOwner(): boolean {
    return this.me?.user.role !== 'staff';
  }

  override updated(changed: Map<string, unknown>) {
    if (['date', 'timeZone', 'me', 'staffId'].some((name) => changed.has(name))) void this.load();
  }

  private handleWeek(weeks: -1 | 0 | 1) {
    if (weeks === 0) {
      this.date = new Date();
      return;
    }
    // Noon of the Monday a week away: a local time every zone has on every date.
    const monday = addDays(this.week.dates[0]!, 7 * weeks);
    this.date = new Date(instantAt(monday, 12 * 60, this.timeZone));
  }

  private handleStaff(event: Event) {
    this.staffId = (event.target as HTMLSelectElement).value;
  }

  private handleOpen = (booking: AdminBooking, opener: HTMLElement) => {
    void this.details.show(booking.id, opener);
  };

  /** Reads the week's bookings again, with the names and working hours the grid needs. */
  async load(): Promise<void> {
    const request = ++this.loads;
    const week = this.week;
    this.loading = true;
    try {
      this.staffList ??= listStaff();
      this.serviceList ??= listServices();
      const [bookings, staff, services] = await Promise.all([
        listRangeBookings(week.from, week.to, { staffId: this.staffId || undefined }),
        this.staffList,
        this.serviceList,
      ]);
      const spans = await this.workingSpansOf(week, staff);
      // An answer for a week the viewer has already moved away from is dropped.
      if (request !== this.loads) return;
      this.bookings = bookings;
      this.staff = staff;
      this.services = services;
      this.spans = spans;
      this.error = '';
    } catch (error) {
      this.staffList = this.serviceList = undefined;
      if (request === this.loads) this.error = refusalText(error);
    } finally {
      if (request === this.loads) this.loading = false;
    }
  }

  /**
   * The working hours of the staff shown, in the viewer's days, so the grid covers them. Only
   * owners may read working hours; a staff user's grid follows their bookings alone.
   */
  private async workingSpansOf(week: WeekRange, staff: StaffSummary[]): Promise<DaySpan[]> {
    if (!this.isOwner) return [];
    const shown = staff.filter(
      (member) => member.archivedAt === null && (!this.staffId || member.id === this.staffId),
    );
    const weeks = await Promise.all(
      shown.map((member) => {
        let hours = this.hours.get(member.id);
        if (!hours) {
          hours = listWorkingHours(member.id).catch(() => []);
          this.hours.set(member.id, hours);
        }
        return hours.then((intervals) =>
          workingSpans(intervals, member.timeZone, week, this.timeZone),
        );
      }),
    );
    return weeks.flat();
  }

  private renderToolbar(week: WeekRange, locale: string) {
    const range = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).formatRange(Date.parse(week.dates[0]!), Date.parse(week.dates[6]!));
    return html`<nav class="toolbar" aria-label=${msg('Weeks', { id: 'bookings.week.weeks' })}>
      <button type="button" @click=${() => this.handleWeek(-1)}>
        ${msg('Previous week', { id: 'bookings.week.previous' })}
      </button>
      <button type="button" @click=${() => this.handleWeek(0)}>
        ${msg('This week', { id: 'bookings.week.this' })}
      </button>
      <button type="button" @click=${() => this.handleWeek(1)}>
        ${msg('Next week', { id: 'bookings.week.next' })}
      </button>
      <span class="range" aria-live="polite">${range}</span>
    </nav>`;
  }

  private renderFilters(week: WeekRange) {
    const active = this.staff.filter((member) => member.archivedAt === null);
    return html`<div class="toolbar">
      ${
        this.isOwner
          ? html`<label for="staff-filter"
                >${msg('Staff member', { id: 'bookings.staffMember' })}</label
              >
              <select id="staff-filter" @change=${this.handleStaff}>
                <option value="" ?selected=${this.staffId === ''}>
                  ${msg('Everyone', { id: 'bookings.week.everyone' })}
                </option>
                ${active.map(
                  (member) =>
                    html`<option value=${member.id} ?selected=${member.id === this.staffId}>
                      ${member.name}
                    </option>`,
                )}
              </select>`
          : nothing
      }
      <label>
        <input
          type="checkbox"
          .checked=${this.showCancelled}
          @change=${(event: Event) =>
            (this.showCancelled = (event.target as HTMLInputElement).checked)}
        />
        ${msg('Show cancelled', { id: 'bookings.week.showCancelled' })}
      </label>
      ${
        this.isOwner
          ? html`<a href=${exportCsvHref(week.from, week.to, this.staffId || undefined)} download>
              ${msg('Download CSV', { id: 'bookings.week.download' })}
            </a>`
          : nothing
      }
    </div>`;
  }

  private renderZones() {
    const business = this.me?.account.timeZone;
    const text =
      business === undefined || business === this.timeZone
        ? msg(str`Times in ${this.timeZone}.`, { id: 'bookings.week.zone' })
        : msg(str`Times in ${this.timeZone}; the business is in ${business}.`, {
            id: 'bookings.week.zones',
          });
    return html`<p class="zones">${text}</p>`;
  }

  override render() {
    const locale = currentLocale();
    const week = this.week;
    const shown = this.showCancelled
      ? this.bookings
      : this.bookings.filter((booking) => booking.status !== 'cancelled');
    const layout = layoutWeek(shown, week, this.timeZone, this.spans);
    return html`
      <h2>${msg('Week', { id: 'bookings.week.title' })}</h2>
      ${this.renderToolbar(week, locale)} ${this.renderFilters(week)} ${this.renderZones()}
      <ul class="legend" aria-label=${msg('Colours', { id: 'bookings.week.legend' })}>
        <li class="confirmed">${msg('Confirmed', { id: 'bookings.week.confirmed' })}</li>
        <li class="pending">${msg('Pending', { id: 'bookings.week.pending' })}</li>
        ${
          this.showCancelled
            ? html`<li class="cancelled">
                ${msg('Cancelled', { id: 'bookings.week.cancelled' })}
              </li>`
            : nothing
        }
      </ul>
      <p role="status">${this.loading ? msg('Loading…', { id: 'bookings.loading' }) : ''}</p>
      <p role="alert">${this.error}</p>
      ${renderWeekGrid(layout, {
        staff: this.staff,
        services: this.services,
        timeZone: this.timeZone,
        locale,
        onOpen: this.handleOpen,
      })}
      <bookafy-console-booking-details
        .me=${this.me}
        time-zone=${this.timeZone}
        @bookafy-booking-changed=${() => this.load()}
      ></bookafy-console-booking-details>
    `;
  }
}
