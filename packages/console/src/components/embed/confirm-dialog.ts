import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';

import { pageStyles } from '../../styles/page.styles.js';

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * @summary A modal question before something that cannot be undone, such as revoking a key:
 * Cancel has focus first, Escape cancels, and focus returns to where it was.
 */
@localized()
export class BookafyConsoleConfirmDialog extends LitElement {
  static override styles = [
    pageStyles,
    css`
      dialog {
        max-width: 32rem;
        border: none;
        border-radius: 0.5rem;
        box-shadow: 0 8px 32px rgb(0 0 0 / 30%);
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button') private cancelButton!: HTMLButtonElement;

  @state() private question = '';
  @state() private confirmLabel = '';

  private answer?: (confirmed: boolean) => void;
  private returnFocus: HTMLElement | null = null;

  /** Asks `question`; resolves `true` when the owner presses `confirmLabel`. */
  async ask(question: string, confirmLabel: string): Promise<boolean> {
    this.answer?.(false);
    this.returnFocus = deepActiveElement();
    this.question = question;
    this.confirmLabel = confirmLabel;
    await this.updateComplete;
    // Escape closes without a value, so an earlier answer must not linger.
    this.dialog.returnValue = '';
    this.dialog.showModal();
    this.cancelButton.focus();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private handleClose() {
    this.answer?.(this.dialog.returnValue === 'confirm');
    this.answer = undefined;
    this.returnFocus?.focus();
  }

  override render() {
    return html`<dialog aria-labelledby="question" @close=${this.handleClose}>
      <form method="dialog">
        <p id="question">${this.question}</p>
        <div class="actions">
          <button value="cancel">${msg('Cancel', { id: 'embed.cancel' })}</button>
          <button class="danger" value="confirm">${this.confirmLabel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
