import type { Metadata } from '@bookafy/sdk';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

import { parseMetadata } from '../../internal/embed-options.js';

/** The `metadata` attribute's value, or the error that explains why it cannot be used. */
function metadataFromAttribute(value: string | null): Metadata | Error | undefined {
  try {
    return parseMetadata(value);
  } catch (error) {
    return error as Error;
  }
}

/** Attributes whose change starts the flow again: another account, service or booking. */
export const RESTART_ON: readonly (keyof WidgetAttributes)[] = [
  'publishableKey',
  'account',
  'apiBase',
  'service',
  'staff',
  'manageBooking',
];

/**
 * The attributes a site sets on `<bookafy-widget>`: which account, service and staff member,
 * how the widget looks and speaks, what it fills in for the visitor and what it stores with
 * the booking. Listed here too, and inherited into the widget's manifest entry: the theme
 * tokens it reads (light / dark defaults), the parts of its inner steps that it exports, and
 * the inner steps' events, which bubble and are composed, so they reach the page through it.
 *
 * @event bookafy-ready - The account loaded and the first step shows.
 * @event bookafy-date-select - The visitor chose a day.
 * @event bookafy-slot-select - The visitor chose a time.
 * @event bookafy-booked - A booking was created.
 * @event bookafy-rescheduled - The visitor moved their booking (manage view).
 * @event bookafy-cancelled - The visitor cancelled their booking (manage view).
 * @event bookafy-error - A request failed; the widget shows the error with its request id.
 * @csspart error - The error banner with its retry button.
 * @csspart service - A service button in the service list.
 * @csspart staff - A staff button in the staff choice.
 * @csspart summary - The chosen service and time above the details form.
 * @csspart confirmation - The confirmation.
 * @csspart powered-by - The "Powered by Bookafy" line of the free plan.
 * @event bookafy-service-select - The visitor chose a service.
 * @event bookafy-staff-select - The visitor chose a staff member, or anyone (`null`).
 * @event bookafy-month-change - The visitor moved the calendar to another month.
 * @event bookafy-zone-change - The visitor chose another zone in the zone switcher.
 * @event bookafy-details-submit - The visitor sent the details form with valid values.
 * @csspart back - The "Back" and "Change time" buttons.
 * @csspart zone-picker - The time-zone switcher under the calendar.
 * @csspart zone-note - The note shown instead of the switcher when times are the business's.
 * @csspart form - The details form.
 * @csspart field - The box around one field of the details form.
 * @csspart label - A field's label.
 * @csspart input - A text, email or phone input, or the multi-line answer.
 * @csspart select - A choice question.
 * @csspart checkbox - A checkbox question.
 * @csspart field-error - The reason a field's value is refused.
 * @csspart submit - The details form's submit button.
 * @csspart service-name - A service's name; also `service-duration`, `service-description`.
 * @csspart staff-name - A staff member's name.
 * @csspart calendar-header - The calendar's month title and buttons.
 * @csspart nav-button - The previous and next month buttons.
 * @csspart calendar-title - The month and year.
 * @csspart calendar-grid - The calendar table.
 * @csspart weekday - A weekday name above the days.
 * @csspart day - Every day button; also `day-available` and `day-selected`.
 * @csspart times-heading - The chosen day above its times.
 * @csspart time - A free time.
 * @csspart business-time - The business's time beside the visitor's.
 * @csspart no-times - The sentence shown when a day has no free times.
 * @csspart zone-input - The zone switcher's field.
 * @csspart zone-listbox - The zone switcher's list; `zone-option` each zone in it.
 * @csspart confirmation-heading - The confirmation's heading.
 * @csspart confirmation-details - The booked service and times.
 * @csspart add-to-calendar - The calendar links; each is `calendar-link` and `ics-link` or
 *   `google-link`.
 * @csspart manage-link - The link to manage the booking.
 * @csspart manage - The manage view; inside it `manage-details`, `booking-status`,
 *   `manage-note`, `manage-actions`, `manage-button`, `manage-notice`, `cancel-form`,
 *   `cancel-reason` and `manage-error`.
 * @cssproperty --bookafy-color-accent - Chosen days and times, links, focus ring (#3553d4 /
 *   #9db0ff).
 * @cssproperty --bookafy-color-accent-text - Text on the accent colour (#ffffff / #0d1020).
 * @cssproperty --bookafy-color-surface - Background of the widget, panels and buttons
 *   (#ffffff / #15181f).
 * @cssproperty --bookafy-color-surface-muted - Days with free times, quiet panels (#f2f4f8 /
 *   #262b37).
 * @cssproperty --bookafy-color-text - Body text (#1b1f2a / #e8eaf0).
 * @cssproperty --bookafy-color-text-muted - Secondary text, weekday names (#5b6272 / #a9b0be).
 * @cssproperty --bookafy-color-border - Borders of the widget, buttons and fields (#d5d9e2 /
 *   #465063).
 * @cssproperty --bookafy-color-danger - Error messages (#b42318 / #ff9b8f).
 * @cssproperty [--bookafy-radius=8px] - Corner radius of buttons and panels.
 * @cssproperty [--bookafy-space=8px] - The spacing unit, multiplied by the density.
 * @cssproperty [--bookafy-density=1] - A unitless factor on spacing and target sizes (0.85
 *   compact, 1.25 roomy); targets never shrink below 24px.
 * @cssproperty [--bookafy-target-size=2.25rem] - Size of days, month buttons and times before
 *   the density applies.
 * @cssproperty [--bookafy-font-family=inherit] - The font; the host page's by default.
 * @cssproperty [--bookafy-focus-ring=2px solid accent] - Outline of the focused control.
 * @cssproperty [--bookafy-transition-duration=120ms] - Colour transitions; 0 when the visitor
 *   asks for reduced motion.
 */
export class WidgetAttributes extends LitElement {
  /** The account's publishable key, `pk_…`. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /**
   * The account's slug, instead of a key; accepted only on the account's hosted booking page,
   * which the API serves from its own origin.
   */
  @property() account: string | undefined;

  /** Base URL of the Bookafy API; defaults to the server the script came from. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** A service id to book directly, skipping the service list. */
  @property() service: string | undefined;

  /** A staff member id to book with directly, skipping the staff choice. */
  @property() staff: string | undefined;

  /** The visitor's IANA zone; detected from the browser when absent. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** BCP 47 locale (en, es, fr, de, pt-BR, ar); the browser's language when absent. */
  @property() locale: string | undefined;

  /** `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined;

  /** The visitor's name, filled in for them (e.g. a signed-in customer of the site). */
  @property({ attribute: 'prefill-name' }) prefillName: string | undefined;

  /** The visitor's email, filled in for them. */
  @property({ attribute: 'prefill-email' }) prefillEmail: string | undefined;

  /** The visitor's phone number, filled in for them. */
  @property({ attribute: 'prefill-phone' }) prefillPhone: string | undefined;

  /** Asks for the visitor's phone number (optional for them) besides name and email. */
  @property({ type: Boolean, attribute: 'ask-phone' }) askPhone = false;

  /** Makes the prefilled fields read-only. */
  @property({ type: Boolean, attribute: 'lock-prefill' }) lockPrefill = false;

  /**
   * String pairs stored with the booking, e.g. `metadata='{"crmId":"42"}'`; a value that is
   * not a JSON object of strings, numbers or booleans is shown as an error.
   */
  @property({ converter: { fromAttribute: metadataFromAttribute } })
  metadata: Metadata | Error | undefined;

  /** Copies the page address's `utm_*` parameters into the booking's metadata. */
  @property({ type: Boolean, attribute: 'forward-utm' }) forwardUtm = false;

  /** A booking id to manage (reschedule or cancel) instead of booking anew. */
  @property({ attribute: 'manage-booking' }) manageBooking: string | undefined;

  /** The booking's manage token; read from the page address's `?token=` when absent. */
  @property({ attribute: 'manage-token' }) manageToken: string | undefined;
}

/**
 * The settings of `<bookafy-widget>` by property name, all optional, for typing the tag in a
 * framework's templates (see docs/react.md and docs/vue.md).
 */
export type BookafyWidgetSettings = Partial<
  Pick<
    WidgetAttributes,
    | 'publishableKey'
    | 'account'
    | 'apiBase'
    | 'service'
    | 'staff'
    | 'timeZone'
    | 'locale'
    | 'theme'
    | 'prefillName'
    | 'prefillEmail'
    | 'prefillPhone'
    | 'askPhone'
    | 'lockPrefill'
    | 'metadata'
    | 'forwardUtm'
    | 'manageBooking'
    | 'manageToken'
  >
>;
