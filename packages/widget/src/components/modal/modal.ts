import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { directionOf, messagesFor, resolveLocale } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import { tokens } from '../../styles/tokens.js';
import type { BookafyWidget } from '../widget/widget.js';
import { modalMessages } from './modal.messages.js';
import { modalStyles } from './modal.styles.js';
import { isWidgetAttribute, setOrRemoveAttribute, widgetAttributes } from './widget-attributes.js';

const closeIcon = html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
  <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" fill="none" />
</svg>`;

/**
 * The booking widget in a modal dialog. The `<bookafy-widget>` inside is created when the
 * dialog first opens and kept afterwards, so a visitor who closes and reopens it finds their
 * progress. Every widget attribute set here (`publishable-key`, `service`, `locale`, `theme`,
 * …) is passed on to the widget and kept in sync. Escape and the close button close it, and
 * focus goes back to where it was.
 *
 * @tagname bookafy-modal
 * @summary Booking widget in a modal dialog.
 * @event bookafy-ready - From the widget inside: the account loaded.
 * @event bookafy-booked - From the widget inside: a booking was created.
 * @event bookafy-rescheduled - From the widget inside: a booking moved to another time.
 * @event bookafy-cancelled - From the widget inside: a booking was cancelled.
 * @event bookafy-error - From the widget inside: a request failed.
 * @csspart dialog - The dialog.
 * @csspart close - The dialog's close button.
 * @cssproperty --bookafy-color-surface - The dialog's background.
 * @cssproperty --bookafy-color-border - The dialog's border.
 */
export class BookafyModal extends LitElement {
  static override styles = [tokens, modalStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  static override get observedAttributes(): string[] {
    return [...new Set([...super.observedAttributes, ...widgetAttributes])];
  }

  #widget: BookafyWidget | undefined;
  #returnFocusTo: HTMLElement | undefined;

  /** Whether the dialog shows. Set it, or call `show()` and `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The widget inside the dialog; `undefined` until the dialog first opens. */
  get widget(): BookafyWidget | undefined {
    return this.#widget;
  }

  /** Where focus goes when the dialog closes, unless `show()` was given a place. */
  protected get returnFocusTarget(): HTMLElement | undefined {
    return undefined;
  }

  /** The locale tag for this element's own words: the `locale` attribute, else the browser's. */
  protected get localeTag(): string {
    return this.getAttribute('locale') || navigator.language || 'en';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (!isWidgetAttribute(name)) return;
    if (this.#widget) setOrRemoveAttribute(this.#widget, name, value);
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    if (this.open && !this.#widget) this.#widget = this.createWidget();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (this.open && !dialog.open && this.isConnected) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  private handleDialogClose(): void {
    const dialog = this.renderRoot.querySelector('dialog')!;
    // Reopened before the close event arrived: the dialog is open again and stays so.
    if (dialog.open) return;
    this.open = false;
    const target = this.#returnFocusTo ?? this.returnFocusTarget;
    this.#returnFocusTo = undefined;
    target?.focus();
  }

  /**
   * Opens the dialog, creating the widget the first time.
   *
   * @param returnFocusTo - The element to focus when the dialog closes, usually the one the
   *   visitor activated to open it.
   */
  show(returnFocusTo?: HTMLElement): void {
    this.#returnFocusTo = returnFocusTo;
    this.open = true;
  }

  /** Closes the dialog; the widget and the visitor's progress in it stay for the next open. */
  close(): void {
    this.open = false;
  }

  private createWidget(): BookafyWidget {
    const widget = this.ownerDocument.createElement('bookafy-widget');
    for (const name of widgetAttributes) {
      setOrRemoveAttribute(widget, name, this.getAttribute(name));
    }
    return widget;
  }

  /** Content placed before the dialog, such as the button that opens it. */
  protected renderTrigger(): unknown {
    return nothing;
  }

  override render() {
    const text = messagesFor(modalMessages, this.localeTag);
    const locale = this.getAttribute('locale');
    return html`${this.renderTrigger()}
      <dialog
        part="dialog"
        aria-label=${text.dialogLabel}
        dir=${ifDefined(locale ? directionOf(resolveLocale(locale)) : undefined)}
        @close=${this.handleDialogClose}
      >
        <div class="bar">
          <button
            part="close"
            class="close"
            type="button"
            aria-label=${text.close}
            @click=${this.close}
          >
            ${closeIcon}
          </button>
        </div>
        ${this.#widget ?? nothing}
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-modal': BookafyModal;
  }
}
