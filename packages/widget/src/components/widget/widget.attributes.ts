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

/**
 * The attributes a site sets on `<bookafy-widget>`: which account, service and staff member,
 * how the widget looks and speaks, what it fills in for the visitor and what it stores with
 * the booking.
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
