import {
  createClient,
  DAY_MS,
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
import { html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';

import { BookafyBookedEvent } from '../../events/booked.js';
import type { BookafyDateSelectEvent } from '../../events/date-select.js';
import type { BookafyDetailsSubmitEvent } from '../../events/details-submit.js';
import { BookafyErrorEvent } from '../../events/error.js';
import type { BookafyMonthChangeEvent } from '../../events/month-change.js';
import { BookafyReadyEvent } from '../../events/ready.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import type { BookafyStaffSelectEvent } from '../../events/staff-select.js';
import type { BookafyZoneChangeEvent } from '../../events/zone-change.js';
import { directionOf, messagesFor, resolveLocale } from '../../i18n/locales.js';
import { requestTranslation, TranslationController } from '../../i18n/translations.js';
import { bookWithHold, tryHold } from '../../internal/book-with-hold.js';
import { bookingMetadata } from '../../internal/embed-options.js';
import { toLocalSlot, type LocalSlot } from '../../internal/local-slot.js';
import { tokenFromPage } from '../../internal/manage-links.js';
import { MonthSlots, type SlotFetcher } from '../../internal/month-slots.js';
import { monthOf, type Month } from '../../internal/month.js';
import { scriptUrl } from '../../internal/script-origin.js';
import { shownError, type ShownError } from '../../internal/shown-error.js';
import type { FormValues } from '../booking-form/booking-form.js';
import { tokens } from '../../styles/tokens.js';
import { RESTART_ON, WidgetAttributes } from './widget.attributes.js';
import { widgetMessages } from './widget.messages.js';
import { widgetStyles } from './widget.styles.js';
import { renderWidget, type Step, type WidgetView } from './widget.templates.js';

/**
 * The booking flow in one element: choose a service, a staff member, a day, a time in the
 * visitor's own zone (or the business's, for in-person services), answer the service's
 * questions and see the confirmation with calendar and manage links. With `manage-booking` it
 * shows that booking instead, to reschedule or cancel it. It talks to the API only through the
 * SDK (`@bookafy/sdk`), keeps no cookies and needs no iframe.
 *
 * Content placed inside the element is not shown once the element is defined, so a link or
 * sentence there is what visitors without JavaScript see.
 *
 * @tagname bookafy-widget
 * @summary Inline booking widget. Its events, parts and tokens are listed on WidgetAttributes.
 */
export class BookafyWidget extends WidgetAttributes {
  static override styles = [tokens, widgetStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  #client: BookafyClient | undefined;
  readonly #slots = new MonthSlots(this);
  #holdId: string | undefined;
  /** Counts starts, so the answer of a start that a newer one replaced is dropped. */
  #runs = 0;
  /** The hold being placed for the chosen time; a quick submit waits for it. */
  #holding: Promise<void> = Promise.resolve();

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
  /** A zone the visitor picked in the zone switcher, over the detected one. */
  @state() private chosenZone: string | undefined;
  /** What the visitor typed in the details form, kept while they go back to change the time. */
  @state() private formValues: FormValues | undefined;

  /** Starts the flow on the first update, and again whenever what it books with changes. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RESTART_ON.some((name) => changed.has(name))) void this.start();
  }

  private get text() {
    return messagesFor(widgetMessages, this.visitorLocale);
  }

  private get visitorLocale(): string {
    return this.locale || navigator.language || 'en';
  }

  private get currentService(): PublicService | undefined {
    return this.bootstrap?.services.find((service) => service.id === this.serviceId);
  }

  /** True when the service states its times in the business's zone only. */
  private get zoneLocked(): boolean {
    return this.currentService?.timeZoneDisplay === 'business' && !!this.bootstrap;
  }

  /** The zone every time is shown in. */
  private get displayZone(): string {
    if (this.zoneLocked) return this.bootstrap!.account.timeZone;
    return this.chosenZone || this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** The last month with bookable days: the service's horizon, from today. */
  private get lastMonth(): string | undefined {
    const horizonDays = this.currentService?.horizonDays;
    if (horizonDays === undefined) return undefined;
    return monthOf(localDateOf(Date.now() + horizonDays * DAY_MS, this.displayZone));
  }

  /** Where "Back" leads from the calendar: the staff choice or the services, if either showed. */
  private get previousStep(): 'staff' | 'services' | undefined {
    if (!this.staff && (this.currentService?.staffIds.length ?? 0) > 1) return 'staff';
    return (this.bootstrap?.services.length ?? 0) > 1 ? 'services' : undefined;
  }

  private get today(): LocalDate {
    return localDateOf(Date.now(), this.displayZone);
  }

  /** The API's base address: the attribute, else the server that served the script. */
  private get baseUrl(): string {
    return new URL('/', this.apiBase || scriptUrl || location.href).href;
  }

  private async start(): Promise<void> {
    const run = ++this.#runs;
    this.step = 'loading';
    this.error = undefined;
    const metadataError = this.metadata instanceof Error ? this.metadata : undefined;
    if (metadataError || (!this.publishableKey && !this.account)) {
      const message = metadataError?.message ?? this.text.misconfigured;
      this.error = { message, requestId: undefined };
      const code = 'invalid_configuration';
      this.dispatchEvent(new BookafyErrorEvent({ message, code, requestId: undefined }));
      return;
    }
    this.#client = createClient(
      this.publishableKey
        ? { baseUrl: this.baseUrl, publishableKey: this.publishableKey }
        : { baseUrl: this.baseUrl, account: this.account! },
    );
    try {
      // The first step shows in the visitor's language, which loads beside the account.
      const language = requestTranslation(resolveLocale(this.visitorLocale));
      const [bootstrap] = await Promise.all([this.#client.bootstrap(), language]);
      if (run !== this.#runs) return;
      this.bootstrap = bootstrap;
    } catch (error) {
      if (run === this.#runs) this.showError(error, () => void this.start());
      return;
    }
    if (this.manageBooking) {
      this.step = 'manage';
    } else {
      const fixed = this.bootstrap.services.find((service) => service.id === this.service);
      if (fixed || this.bootstrap.services.length === 1) {
        this.chooseService((fixed ?? this.bootstrap.services[0])!.id);
      } else {
        this.step = this.bootstrap.services.length ? 'services' : 'unavailable';
      }
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
      await this.#slots.load(month, this.displayZone, fetch, options);
    } catch (error) {
      this.showError(error, () => void this.loadMonth(month));
    }
  }

  private handleStaffSelect = (event: BookafyStaffSelectEvent): void => {
    this.staffId = event.detail.staffId ?? undefined;
    this.showCalendar();
  };

  private handleMonthChange = (event: BookafyMonthChangeEvent): void => {
    this.selectedDate = undefined;
    void this.loadMonth(event.detail.month);
  };

  private handleDateSelect = (event: BookafyDateSelectEvent): void => {
    this.selectedDate = event.detail.date;
    this.notice = undefined;
  };

  /** The visitor's days and times change with their zone: regroup the month in the new one. */
  private handleZoneChange = (event: BookafyZoneChangeEvent): void => {
    this.chosenZone = event.detail.timeZone;
    this.selectedDate = undefined;
    void this.loadMonth(this.#slots.month);
  };

  private handleSlotSelect = (event: BookafySlotSelectEvent): void => {
    const start = parseUtcString(event.detail.start);
    const offered = [...this.#slots.all(), ...this.alternatives];
    this.selectedSlot = offered.find((slot) => slot.start === start);
    this.alternatives = [];
    this.notice = undefined;
    this.step = 'details';
    this.error = undefined;
    this.focusHeading();
    this.#holding = this.holdSelectedSlot();
  };

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
    this.rememberForm();
    this.alternatives = (error.problem?.alternatives ?? []).map(toLocalSlot);
    this.notice = this.alternatives.length
      ? this.text.takenWithAlternatives
      : this.text.takenNoAlternatives;
    this.step = 'calendar';
    this.selectedSlot = undefined;
    this.#holdId = undefined;
    void this.loadMonth(this.#slots.month);
    this.focusHeading();
  }

  private handleDetailsSubmit = async (event: BookafyDetailsSubmitEvent): Promise<void> => {
    if (!this.#client || !this.serviceId || !this.selectedSlot) return;
    this.submitting = true;
    this.error = undefined;
    // Booking before the visitor's own hold answers would collide with that hold.
    await this.#holding;
    if (!this.selectedSlot) {
      this.submitting = false;
      return;
    }
    const { phone, answers, ...customer } = event.detail;
    const siteMetadata = this.metadata instanceof Error ? undefined : this.metadata;
    const metadata = bookingMetadata(siteMetadata, this.forwardUtm ? location.href : undefined);
    const request = {
      serviceId: this.serviceId,
      ...(this.staffId ? { staffId: this.staffId } : {}),
      start: toUtcString(this.selectedSlot.start),
      customer: { ...customer, ...(phone ? { phone } : {}), timeZone: this.displayZone },
      ...(Object.keys(answers).length ? { answers } : {}),
      ...(metadata ? { metadata } : {}),
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
  };

  /** Keeps what the visitor typed before the details form leaves the page. */
  private rememberForm(): void {
    const form = this.renderRoot.querySelector('bookafy-booking-form');
    if (form) this.formValues = form.values;
  }

  /** Returns to an earlier step, announcing it like any other. */
  private goBack = (step: 'services' | 'staff' | 'calendar'): void => {
    this.rememberForm();
    this.step = step;
    this.focusHeading();
  };

  /** Shows a failed call with its request id; a network failure in the visitor's language. */
  private showError(error: unknown, retry?: () => void): void {
    const shown = shownError(error, retry);
    this.error = { ...shown, message: shown.requestId ? shown.message : this.text.networkError };
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
    const locale = resolveLocale(this.visitorLocale);
    const view: WidgetView = {
      step: this.step,
      text: this.text,
      locale: this.visitorLocale,
      dir: directionOf(locale),
      theme: this.theme,
      baseUrl: this.baseUrl,
      bootstrap: this.bootstrap,
      service: this.currentService,
      error: this.error,
      notice: this.notice,
      alternatives: this.alternatives,
      zone: this.displayZone,
      zoneLocked: this.zoneLocked,
      slots: this.#slots,
      today: this.today,
      lastMonth: this.lastMonth,
      selectedDate: this.selectedDate,
      selectedSlot: this.selectedSlot,
      previousStep: this.previousStep,
      booking: this.booking,
      submitting: this.submitting,
      form: {
        values: this.formValues,
        prefill: { name: this.prefillName, email: this.prefillEmail, phone: this.prefillPhone },
        lockPrefill: this.lockPrefill,
        askPhone: this.askPhone || !!this.prefillPhone,
      },
      manage: {
        client: this.#client,
        bookingId: this.manageBooking,
        token: this.manageToken || tokenFromPage(location.href),
      },
      on: {
        serviceSelect: (event) => this.chooseService(event.detail.serviceId),
        staffSelect: this.handleStaffSelect,
        monthChange: this.handleMonthChange,
        dateSelect: this.handleDateSelect,
        slotSelect: this.handleSlotSelect,
        zoneChange: this.handleZoneChange,
        detailsSubmit: this.handleDetailsSubmit,
        back: this.goBack,
      },
    };
    return html`${renderWidget(view)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-widget': BookafyWidget;
  }
}
