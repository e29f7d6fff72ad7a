import {
  createClient,
  DAY_MS,
  formatDateTime,
  formatLocalDate,
  localDateOf,
  parseUtcString,
  SlotTakenError,
  toUtcString,
  type BookafyClient,
  type Booking,
  type Bootstrap,
  type LocalDate,
  type PublicService,
} from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import { BookafyBookedEvent } from '../../events/booked.js';
import type { BookafyDateSelectEvent } from '../../events/date-select.js';
import type { BookafyDetailsSubmitEvent } from '../../events/details-submit.js';
import { BookafyErrorEvent } from '../../events/error.js';
import type { BookafyMonthChangeEvent } from '../../events/month-change.js';
import { BookafyReadyEvent } from '../../events/ready.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import type { BookafyStaffSelectEvent } from '../../events/staff-select.js';
import { toLocalSlot, type LocalSlot } from '../../internal/local-slot.js';
import { bookWithHold, tryHold } from '../../internal/book-with-hold.js';
import { MonthSlots, type SlotFetcher } from '../../internal/month-slots.js';
import { monthOf, type Month } from '../../internal/month.js';
import { scriptUrl } from '../../internal/script-origin.js';
import { shownError, type ShownError } from '../../internal/shown-error.js';
import { tokens } from '../../styles/tokens.js';
import { widgetStyles } from './widget.styles.js';
import {
  confirmationTemplate,
  errorTemplate,
  noticeTemplate,
  servicesTemplate,
  staffTemplate,
} from './widget.templates.js';

type Step = 'loading' | 'services' | 'staff' | 'calendar' | 'details' | 'confirmed' | 'unavailable';

/**
 * The booking flow in one element: choose a service, a day, a time in the visitor's own
 * zone, enter name and email, and see the confirmation in the visitor's and the business's
 * zones. It talks to the API only through @bookafy/sdk.
 *
 * @summary Inline booking widget.
 * @event bookafy-ready - The account loaded and the first step shows.
 * @event bookafy-booked - A booking was created.
 * @event bookafy-error - A request failed; the widget shows the error with its request id.
 * @csspart service - A service button in the service list.
 * @csspart summary - The chosen service and time above the details form.
 * @csspart confirmation - The confirmation.
 * @cssproperty --bookafy-color-accent - Buttons, selection and focus ring.
 * @cssproperty --bookafy-color-surface - Background.
 * @cssproperty --bookafy-color-text - Text.
 * @cssproperty --bookafy-radius - Corner radius.
 * @cssproperty --bookafy-font-family - Font; inherits the page's by default.
 */
export class BookafyWidget extends LitElement {
  static override styles = [tokens, widgetStyles];

  #client: BookafyClient | undefined;
  readonly #slots = new MonthSlots(this);
  #holdId: string | undefined;

  @state() private step: Step = 'loading';
  @state() private bootstrap: Bootstrap | undefined;
  @state() private serviceId: string | undefined;
  /** The staff member chosen, or `undefined` for anyone. */
  @state() private staffId: string | undefined;
  @state() private selectedDate: LocalDate | undefined;
  @state() private selectedSlot: LocalSlot | undefined;
  @state() private booking: Booking | undefined;
  @state() private submitting = false;
  @state() private error: ShownError | undefined;
  @state() private notice: string | undefined;
  @state() private alternatives: LocalSlot[] = [];

  /** The account's publishable key, `pk_…`. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /** Base URL of the Bookafy API; defaults to the server the script came from. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** A service id to book directly, skipping the service list. */
  @property() service: string | undefined;

  /** A staff member id to book with directly, skipping the staff choice. */
  @property() staff: string | undefined;

  /** The visitor's IANA zone; detected from the browser when absent. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** BCP 47 locale; the browser's language when absent. */
  @property() locale: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.bootstrap) void this.start();
  }

  private get visitorZone(): string {
    return this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private get visitorLocale(): string {
    return this.locale || navigator.language || 'en';
  }

  private get visitorZoneOptions(): { locale: string; timeZone: string } {
    return { locale: this.visitorLocale, timeZone: this.visitorZone };
  }

  private get currentService(): PublicService | undefined {
    return this.bootstrap?.services.find((service) => service.id === this.serviceId);
  }

  /** The last month with bookable days: the service's horizon, from today. */
  private get lastMonth(): string | undefined {
    const horizonDays = this.currentService?.horizonDays;
    if (horizonDays === undefined) return undefined;
    return monthOf(localDateOf(Date.now() + horizonDays * DAY_MS, this.visitorZone));
  }

  /** Where "Back" leads from the calendar: the staff choice or the services, if either showed. */
  private get previousStep(): 'staff' | 'services' | undefined {
    if (!this.staff && (this.currentService?.staffIds.length ?? 0) > 1) return 'staff';
    return (this.bootstrap?.services.length ?? 0) > 1 ? 'services' : undefined;
  }

  private get today(): LocalDate {
    return localDateOf(Date.now(), this.visitorZone);
  }

  private async start(): Promise<void> {
    const baseUrl = this.apiBase || scriptUrl || location.href;
    this.#client = createClient({
      baseUrl: new URL('/', baseUrl).href,
      publishableKey: this.publishableKey,
    });
    this.step = 'loading';
    this.error = undefined;
    try {
      this.bootstrap = await this.#client.bootstrap();
    } catch (error) {
      this.showError(error, () => void this.start());
      return;
    }

    const fixed = this.bootstrap.services.find((service) => service.id === this.service);
    if (fixed || this.bootstrap.services.length === 1) {
      this.chooseService((fixed ?? this.bootstrap.services[0])!.id);
    } else {
      this.step = this.bootstrap.services.length ? 'services' : 'unavailable';
    }
    this.dispatchEvent(new BookafyReadyEvent({ account: this.bootstrap.account }));
  }

  private chooseService(serviceId: string): void {
    this.serviceId = serviceId;
    this.staffId = this.staff;
    if (!this.staff && (this.currentService?.staffIds.length ?? 0) > 1) {
      this.step = 'staff';
      this.focusHeading();
    } else {
      this.showCalendar();
    }
  }

  private showCalendar(): void {
    this.selectedDate = undefined;
    this.selectedSlot = undefined;
    this.step = 'calendar';
    void this.loadMonth(monthOf(this.today), { skipEmptyMonth: true });
    this.focusHeading();
  }

  private async loadMonth(month: Month, options: { skipEmptyMonth?: boolean } = {}): Promise<void> {
    const client = this.#client;
    const serviceId = this.serviceId;
    if (!client || !serviceId) return;
    this.error = undefined;
    const fetch: SlotFetcher = async (range, signal) =>
      (await client.listSlots({ serviceId, staffId: this.staffId, ...range }, { signal })).slots;
    try {
      await this.#slots.load(month, this.visitorZone, fetch, options);
    } catch (error) {
      this.showError(error, () => void this.loadMonth(month));
    }
  }

  private handleStaffSelect(event: BookafyStaffSelectEvent): void {
    this.staffId = event.detail.staffId ?? undefined;
    this.showCalendar();
  }

  private handleMonthChange(event: BookafyMonthChangeEvent): void {
    this.selectedDate = undefined;
    void this.loadMonth(event.detail.month);
  }

  private handleDateSelect(event: BookafyDateSelectEvent): void {
    this.selectedDate = event.detail.date;
    this.notice = undefined;
  }

  private handleSlotSelect(event: BookafySlotSelectEvent): void {
    const start = parseUtcString(event.detail.start);
    const offered = [...this.#slots.all(), ...this.alternatives];
    this.selectedSlot = offered.find((slot) => slot.start === start);
    this.alternatives = [];
    this.notice = undefined;
    this.step = 'details';
    this.error = undefined;
    this.focusHeading();
    void this.holdSelectedSlot();
  }

  /**
   * Keeps the chosen time for the visitor while they type. The hold is a courtesy: if it
   * cannot be placed for another reason than the time being taken, booking still works.
   */
  private async holdSelectedSlot(): Promise<void> {
    const slot = this.selectedSlot;
    this.#holdId = undefined;
    if (!this.#client || !this.serviceId || !slot) return;
    const { holdId, taken } = await tryHold(this.#client, {
      serviceId: this.serviceId,
      staffId: this.staffId,
      start: slot.start,
    });
    if (this.selectedSlot !== slot) return;
    if (taken) this.slotWasTaken(taken);
    else this.#holdId = holdId;
  }

  /** Says plainly that the time went to someone else and offers the nearest free times. */
  private slotWasTaken(error: SlotTakenError): void {
    this.alternatives = (error.problem?.alternatives ?? []).map(toLocalSlot);
    this.notice = this.alternatives.length
      ? 'Sorry, someone booked that time a moment ago. These times nearby are still free:'
      : 'Sorry, someone booked that time a moment ago. Please choose another time.';
    this.step = 'calendar';
    this.selectedSlot = undefined;
    this.#holdId = undefined;
    void this.loadMonth(this.#slots.month);
    this.focusHeading();
  }

  private async handleDetailsSubmit(event: BookafyDetailsSubmitEvent): Promise<void> {
    if (!this.#client || !this.serviceId || !this.selectedSlot) return;
    this.submitting = true;
    this.error = undefined;
    const request = {
      serviceId: this.serviceId,
      ...(this.staffId ? { staffId: this.staffId } : {}),
      start: toUtcString(this.selectedSlot.start),
      customer: { ...event.detail, timeZone: this.visitorZone },
    };
    try {
      this.booking = await bookWithHold(this.#client, request, this.#holdId);
      this.step = 'confirmed';
      this.focusHeading();
      this.dispatchEvent(new BookafyBookedEvent({ booking: this.booking }));
    } catch (error) {
      if (error instanceof SlotTakenError) this.slotWasTaken(error);
      else this.showError(error);
    } finally {
      this.submitting = false;
    }
  }

  /** Returns to an earlier step, announcing it like any other. */
  private goBack(step: 'services' | 'staff' | 'calendar'): void {
    this.step = step;
    this.focusHeading();
  }

  private showError(error: unknown, retry?: () => void): void {
    this.error = shownError(error, retry);
    this.dispatchEvent(BookafyErrorEvent.fromFailure(error));
  }

  /** Moves focus to the new step's heading so screen readers announce where the visitor is. */
  private focusHeading(): void {
    void this.updateComplete.then(async () => {
      const confirmation = this.renderRoot.querySelector('bookafy-confirmation');
      if (confirmation) {
        await confirmation.updateComplete;
        confirmation.focus();
      } else {
        this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
      }
    });
  }

  override render() {
    return html` ${errorTemplate(this.error)} ${this.renderStep()} `;
  }

  private renderStep() {
    const steps: Record<Step, () => unknown> = {
      loading: () => html`<div class="skeleton" role="status" aria-label="Loading"></div>`,
      unavailable: () => html`<p>This business has no services to book right now.</p>`,
      services: () =>
        servicesTemplate(
          this.bootstrap?.account.name ?? '',
          this.bootstrap?.services ?? [],
          (event) => this.chooseService(event.detail.serviceId),
        ),
      staff: () =>
        this.currentService
          ? staffTemplate(this.currentService, this.bootstrap?.staff ?? [], this.handleStaffSelect)
          : nothing,
      calendar: () => this.renderCalendar(),
      details: () => this.renderDetails(),
      confirmed: () =>
        confirmationTemplate(this.booking, this.currentService, this.bootstrap, {
          timeZone: this.visitorZone,
          locale: this.visitorLocale,
        }),
    };
    return steps[this.step]();
  }

  private renderCalendar() {
    const service = this.currentService;
    const daySlots = this.selectedDate ? (this.#slots.byDate.get(this.selectedDate) ?? []) : [];
    return html`<h2 tabindex="-1">${service?.name}: choose a day</h2>
      ${
        this.previousStep
          ? html`<button class="back" @click=${() => this.goBack(this.previousStep!)}>
              ← Back
            </button>`
          : nothing
      }
      ${noticeTemplate(this.notice, this.alternatives, {
        timeZone: this.visitorZone,
        businessTimeZone: this.bootstrap?.account.timeZone,
        locale: this.visitorLocale,
        onSelect: this.handleSlotSelect,
      })}
      <bookafy-calendar
        .month=${this.#slots.month}
        .availableDates=${[...this.#slots.byDate.keys()]}
        .selectedDate=${this.selectedDate}
        .minMonth=${monthOf(this.today)}
        .maxMonth=${this.lastMonth}
        .locale=${this.visitorLocale}
        aria-busy=${this.#slots.loading ? 'true' : 'false'}
        @bookafy-month-change=${this.handleMonthChange}
        @bookafy-date-select=${this.handleDateSelect}
      ></bookafy-calendar>
      <p class="muted">Times are shown in ${this.visitorZone.replaceAll('_', ' ')}.</p>
      ${
        this.selectedDate
          ? html`<bookafy-time-list
              class="day-times"
              .heading=${formatLocalDate(this.selectedDate, this.visitorLocale)}
              .slots=${daySlots}
              .timeZone=${this.visitorZone}
              .businessTimeZone=${this.bootstrap?.account.timeZone}
              .locale=${this.visitorLocale}
              .selectedStart=${this.selectedSlot?.start}
              @bookafy-slot-select=${this.handleSlotSelect}
            ></bookafy-time-list>`
          : nothing
      }`;
  }

  private renderDetails() {
    const slot = this.selectedSlot;
    return html`<h2 tabindex="-1">Your details</h2>
      <button class="back" @click=${() => this.goBack('calendar')}>← Change time</button>
      ${
        slot
          ? html`<p class="summary" part="summary">
              ${this.currentService?.name}<br />
              ${formatDateTime(slot.start, this.visitorZoneOptions)}
            </p>`
          : nothing
      }
      <bookafy-booking-form
        ?busy=${this.submitting}
        @bookafy-details-submit=${this.handleDetailsSubmit}
      ></bookafy-booking-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-widget': BookafyWidget;
  }
}
