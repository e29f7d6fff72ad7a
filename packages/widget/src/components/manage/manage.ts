import {
  DAY_MS,
  HttpError,
  localDateOf,
  parseUtcString,
  SlotTakenError,
  type BookafyClient,
  type Booking,
  type Bootstrap,
  type LocalDate,
  type PublicService,
} from '@bookafy/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { BookafyCancelledEvent } from '../../events/cancelled.js';
import type { BookafyDateSelectEvent } from '../../events/date-select.js';
import { BookafyErrorEvent } from '../../events/error.js';
import type { BookafyMonthChangeEvent } from '../../events/month-change.js';
import { BookafyRescheduledEvent } from '../../events/rescheduled.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import { directionOf, messagesFor, resolveLocale } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import type { LocalSlot } from '../../internal/local-slot.js';
import { MonthSlots } from '../../internal/month-slots.js';
import { monthOf, type Month } from '../../internal/month.js';
import { shownError, type ShownError } from '../../internal/shown-error.js';
import { tokens } from '../../styles/tokens.js';
import { manageMessages } from './manage.messages.js';
import { manageStyles } from './manage.styles.js';
import { confirmMoveTemplate, rescheduleTemplate, type TimesView } from './manage.reschedule.js';
import {
  cancelFormTemplate,
  changeTemplate,
  detailsTemplate,
  errorTemplate,
  type DetailsView,
} from './manage.templates.js';
import { rescheduleSlotFetcher, rescheduleStartMonth } from './reschedule-slots.js';

type Step =
  | 'loading'
  | 'missing'
  | 'failed'
  | 'booking'
  | 'reschedule'
  | 'confirm-move'
  | 'moved'
  | 'cancel'
  | 'cancelled';

/**
 * The page a visitor reaches from the manage link of their confirmation: the booking in their
 * own zone and the business's, then a new time with the same staff member, or a cancellation
 * with an optional reason. A cancelled or past booking shows why it cannot change.
 *
 * @tagname bookafy-manage
 * @summary View, reschedule or cancel one booking with its manage token.
 * @event bookafy-rescheduled - The visitor moved the booking; `detail.booking` is the new one.
 * @event bookafy-cancelled - The visitor cancelled the booking.
 * @event bookafy-error - A request failed; the element shows it with its request id.
 * @csspart base - The wrapper that carries the language and writing direction.
 * @csspart details - The list of the booking's details.
 * @csspart status - The booking's status.
 * @csspart note - Why a booking cannot be changed.
 * @csspart actions - A row of buttons.
 * @csspart button - Every button of this element's own.
 * @csspart notice - Why the visitor is choosing a time again.
 * @csspart cancel-form - The cancel confirmation form.
 * @csspart reason - The cancellation reason field.
 * @csspart error - The failure banner.
 * @cssproperty --bookafy-color-accent - Buttons, selection and focus ring.
 * @cssproperty --bookafy-color-danger - The cancel button and failures.
 */
export class BookafyManage extends LitElement {
  static override styles = [tokens, manageStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  readonly #slots = new MonthSlots(this);

  @state() private step: Step = 'loading';
  @state() private booking: Booking | undefined;
  @state() private selectedDate: LocalDate | undefined;
  @state() private selectedSlot: LocalSlot | undefined;
  @state() private busy = false;
  @state() private error: ShownError | undefined;
  @state() private notice: string | undefined;

  /** The client the parent widget created with the account's publishable key. */
  @property({ attribute: false }) client: BookafyClient | undefined;

  /** The booking's id, `bkg_…`. */
  @property({ attribute: false }) bookingId = '';

  /** The booking's manage token, from the link in the confirmation. */
  @property({ attribute: false }) token = '';

  /** The account, services and staff, for names and the business's zone. */
  @property({ attribute: false }) bootstrap: Bootstrap | undefined;

  /** The visitor's zone; the browser's when absent. In-person services use the business's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** BCP 47 locale; the browser's language when absent. */
  @property() locale: string | undefined;

  /** The current instant in epoch milliseconds; the clock's when absent. */
  @property({ attribute: false }) now: number | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('bookingId') || changed.has('token')) {
      void this.load();
    }
  }

  private get text() {
    return messagesFor(manageMessages, this.visitorLocale);
  }

  /** The zone times show in: the business's for in-person services, else the visitor's. */
  private get visitorZone(): string {
    if (this.service?.timeZoneDisplay === 'business' && this.bootstrap) {
      return this.bootstrap.account.timeZone;
    }
    return this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private get visitorLocale(): string {
    return this.locale || navigator.language || 'en';
  }

  private get currentTime(): number {
    return this.now ?? Date.now();
  }

  private get service(): PublicService | undefined {
    return this.bootstrap?.services.find((service) => service.id === this.booking?.serviceId);
  }

  private get businessTimeZone(): string {
    return this.bootstrap?.account.timeZone ?? this.booking?.timeZone ?? this.visitorZone;
  }

  private get today(): LocalDate {
    return localDateOf(this.currentTime, this.visitorZone);
  }

  /** The last month with bookable days: the service's horizon, from today. */
  private get lastMonth(): Month | undefined {
    const horizonDays = this.service?.horizonDays;
    if (horizonDays === undefined) return undefined;
    return monthOf(localDateOf(this.currentTime + horizonDays * DAY_MS, this.visitorZone));
  }

  /** Why the booking cannot change, or `undefined` when the visitor may change it. */
  private get unchangeableReason(): string | undefined {
    if (!this.booking) return undefined;
    if (this.booking.status === 'cancelled') return this.text.cancelledNote;
    if (parseUtcString(this.booking.start)! <= this.currentTime) return this.text.pastNote;
    return undefined;
  }

  private async load(): Promise<void> {
    const { client, bookingId, token } = this;
    if (!client) return;
    this.step = 'loading';
    this.error = undefined;
    if (!bookingId || !token) {
      this.step = 'missing';
      return;
    }

    try {
      const booking = await client.getBooking(bookingId, token);
      if (client !== this.client || bookingId !== this.bookingId || token !== this.token) return;
      this.booking = booking;
      this.step = 'booking';
    } catch (error) {
      if (client !== this.client || bookingId !== this.bookingId || token !== this.token) return;
      this.step = error instanceof HttpError && error.status === 404 ? 'missing' : 'failed';
      this.showError(error, this.step === 'failed' ? () => void this.load() : undefined);
    }
  }

  private async loadMonth(month: Month, options: { skipEmptyMonth?: boolean } = {}) {
    const { client, booking, token } = this;
    if (!client || !booking || !token) return;
    this.error = undefined;
    const fetch = rescheduleSlotFetcher(client, booking, token);
    try {
      await this.#slots.load(month, this.visitorZone, fetch, options);
    } catch (error) {
      this.showError(error, () => void this.loadMonth(month));
    }
  }

  private handleReschedule(): void {
    const bookedStart = parseUtcString(this.booking!.start)!;
    const month = rescheduleStartMonth(bookedStart, this.visitorZone, this.today, this.lastMonth);
    this.selectedDate = undefined;
    this.selectedSlot = undefined;
    this.notice = undefined;
    this.goTo('reschedule');
    void this.loadMonth(month, { skipEmptyMonth: true });
  }

  private handleCancel(): void {
    this.goTo('cancel');
  }

  private handleBack(): void {
    this.goTo('booking');
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
    this.selectedSlot = this.#slots.all().find((slot) => slot.start === start);
    if (this.selectedSlot) this.goTo('confirm-move');
  }

  private async handleConfirmMove(): Promise<void> {
    const { client, booking, selectedSlot } = this;
    if (!client || !booking || !selectedSlot) return;
    this.busy = true;
    this.error = undefined;
    try {
      this.booking = await client.rescheduleBooking(booking.id, this.token, {
        start: selectedSlot.start,
      });
      this.goTo('moved');
      this.dispatchEvent(new BookafyRescheduledEvent({ booking: this.booking }));
    } catch (error) {
      if (error instanceof SlotTakenError) this.slotWasTaken();
      else this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  /** Says plainly that the time went to someone else and shows the day's times afresh. */
  private slotWasTaken(): void {
    this.notice = this.text.slotTaken;
    this.selectedSlot = undefined;
    this.goTo('reschedule');
    void this.loadMonth(this.#slots.month);
  }

  private async handleCancelSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client, booking } = this;
    if (!client || !booking || this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    this.busy = true;
    this.error = undefined;
    try {
      this.booking = await client.cancelBooking(booking.id, this.token, reason ? { reason } : {});
      this.goTo('cancelled');
      this.dispatchEvent(new BookafyCancelledEvent({ booking: this.booking }));
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  private showError(error: unknown, retry?: () => void): void {
    // The API's own explanation is in English; the visitor reads their language instead.
    const message = error instanceof HttpError ? this.text.refused : this.text.failed;
    this.error = { ...shownError(error, retry), message };
    this.dispatchEvent(BookafyErrorEvent.fromFailure(error));
  }

  /** Shows a step and moves focus to its heading, so screen readers announce it. */
  private goTo(step: Step): void {
    this.step = step;
    this.error = undefined;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  override render() {
    const locale = resolveLocale(this.visitorLocale);
    return html`<div class="manage" part="base" lang=${locale} dir=${directionOf(locale)}>
      ${this.step === 'missing' ? nothing : errorTemplate(this.error, this.text)}
      ${this.renderStep()}
    </div>`;
  }

  private renderStep() {
    const text = this.text;
    const steps: Record<Step, () => unknown> = {
      loading: () => html`<div class="skeleton" role="status" aria-label=${text.loading}></div>`,
      failed: () => nothing,
      missing: () =>
        html`<h2 tabindex="-1">${text.missingHeading}</h2>
          <p>${text.missing}</p>`,
      booking: () => this.renderBooking(),
      reschedule: () => this.renderReschedule(),
      'confirm-move': () => this.renderConfirmMove(),
      moved: () =>
        html`<h2 tabindex="-1">${text.movedHeading}</h2>
          ${this.renderDetails()}`,
      cancel: () =>
        html`<h2 tabindex="-1">${text.cancelHeading}</h2>
          ${this.renderDetails()}
          ${cancelFormTemplate(text, this.busy, this.handleCancelSubmit, this.handleBack)}`,
      cancelled: () =>
        html`<h2 tabindex="-1">${text.cancelledHeading}</h2>
          <p>${text.cancelledText}</p>
          ${this.renderDetails()}`,
    };
    return steps[this.step]();
  }

  private renderDetails() {
    if (!this.booking) return nothing;
    const view: DetailsView = {
      booking: this.booking,
      serviceName: this.service?.name,
      staffName: this.bootstrap?.staff.find((member) => member.id === this.booking?.staffId)?.name,
      businessName: this.bootstrap?.account.name ?? '',
      businessTimeZone: this.businessTimeZone,
      timeZone: this.visitorZone,
      locale: this.visitorLocale,
      text: this.text,
    };
    return detailsTemplate(view);
  }

  private renderBooking() {
    const text = this.text;
    const reason = this.unchangeableReason;
    return html`<h2 tabindex="-1">${text.bookingHeading}</h2>
      ${this.renderDetails()}
      ${changeTemplate(text, reason, this.handleReschedule, this.handleCancel)}`;
  }

  private renderReschedule() {
    return rescheduleTemplate({
      ...this.timesView(),
      month: this.#slots.month,
      byDate: this.#slots.byDate,
      loading: this.#slots.loading,
      minMonth: monthOf(this.today),
      maxMonth: this.lastMonth,
      selectedDate: this.selectedDate,
      notice: this.notice,
      onBack: this.handleBack,
      onMonthChange: this.handleMonthChange,
      onDateSelect: this.handleDateSelect,
      onSlotSelect: this.handleSlotSelect,
    });
  }

  private renderConfirmMove() {
    return confirmMoveTemplate({
      ...this.timesView(),
      slot: this.selectedSlot!,
      busy: this.busy,
      onConfirm: this.handleConfirmMove,
      onChooseAnother: () => this.goTo('reschedule'),
    });
  }

  private timesView(): TimesView {
    return {
      text: this.text,
      locale: this.visitorLocale,
      timeZone: this.visitorZone,
      businessTimeZone: this.businessTimeZone,
      businessName: this.bootstrap?.account.name ?? '',
      bookedStart: parseUtcString(this.booking!.start)!,
      now: this.currentTime,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-manage': BookafyManage;
  }
}
