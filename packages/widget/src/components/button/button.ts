import { html } from 'lit';

import { messagesFor } from '../../i18n/locales.js';
import { tokens } from '../../styles/tokens.js';
import { BookafyModal } from '../modal/modal.js';
import { modalStyles } from '../modal/modal.styles.js';
import { buttonMessages } from './button.messages.js';
import { buttonStyles } from './button.styles.js';

/**
 * A button that opens the booking widget in a modal dialog. It takes every attribute of
 * `<bookafy-widget>` and passes them on; the widget is created on the first open and kept, so
 * a visitor who closes the dialog and opens it again continues where they were. The widget's
 * events bubble out of the button.
 *
 * @tagname bookafy-button
 * @summary Book-now button opening the widget in a dialog.
 * @example
 * <bookafy-button publishable-key="pk_…" service="svc_…">Book a massage</bookafy-button>
 *
 * @slot - The button's label; a localised "Book now" when empty.
 * @event bookafy-ready - From the widget inside: the account loaded.
 * @event bookafy-booked - From the widget inside: a booking was created.
 * @event bookafy-rescheduled - From the widget inside: a booking moved to another time.
 * @event bookafy-cancelled - From the widget inside: a booking was cancelled.
 * @event bookafy-error - From the widget inside: a request failed.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart close - The dialog's close button.
 * @cssproperty --bookafy-color-accent - The button's background.
 * @cssproperty --bookafy-color-accent-text - The button's text.
 */
export class BookafyButton extends BookafyModal {
  static override styles = [tokens, modalStyles, buttonStyles];

  protected override get returnFocusTarget(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[part~="button"]') ?? undefined;
  }

  private handleTriggerClick(): void {
    this.show();
  }

  protected override renderTrigger() {
    const text = messagesFor(buttonMessages, this.localeTag);
    return html`<button
      part="button"
      type="button"
      aria-haspopup="dialog"
      @click=${this.handleTriggerClick}
    >
      <slot>${text.bookNow}</slot>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-button': BookafyButton;
  }
}
