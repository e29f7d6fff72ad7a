import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import { BookafyDetailsSubmitEvent } from '../../events/details-submit.js';
import { tokens } from '../../styles/tokens.js';
import { bookingFormStyles } from './booking-form.styles.js';

type Field = 'name' | 'email';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The reason a field's value is refused, or `undefined` when it is fine. */
function fieldError(field: Field, value: string): string | undefined {
  if (field === 'name') return value.trim() ? undefined : 'Enter your name.';
  if (!value.trim()) return 'Enter your email address.';
  return EMAIL.test(value.trim()) ? undefined : 'Enter an email address such as name@example.com.';
}

/**
 * The visitor's details. Each field is checked as the visitor types (once they have left
 * it) and again on submit; the values survive a failed booking so nothing typed is lost.
 *
 * @summary Name and email form.
 * @event bookafy-details-submit - The visitor sent valid details.
 * @csspart form - The form.
 * @csspart input - Each text input.
 * @csspart submit - The submit button.
 */
export class BookafyBookingForm extends LitElement {
  static override styles = [tokens, bookingFormStyles];

  @state() private values: Record<Field, string> = { name: '', email: '' };
  @state() private touched: Record<Field, boolean> = { name: false, email: false };

  /** True while the booking is being sent: the submit button waits. */
  @property({ type: Boolean }) busy = false;

  /** The label of the submit button. */
  @property({ attribute: 'submit-label' }) submitLabel = 'Book';

  private handleInput(field: Field, event: Event): void {
    this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
  }

  private handleBlur(field: Field): void {
    this.touched = { ...this.touched, [field]: true };
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.touched = { name: true, email: true };
    const invalid = (['name', 'email'] as const).find((field) =>
      fieldError(field, this.values[field]),
    );
    if (invalid) {
      this.renderRoot.querySelector<HTMLInputElement>(`#${invalid}`)?.focus();
      return;
    }
    this.dispatchEvent(
      new BookafyDetailsSubmitEvent({
        name: this.values.name.trim(),
        email: this.values.email.trim(),
      }),
    );
  }

  override render() {
    return html`<form part="form" novalidate @submit=${this.handleSubmit}>
      ${this.renderField('name', 'Name', 'text', 'name')}
      ${this.renderField('email', 'Email', 'email', 'email')}
      <button class="submit" part="submit" type="submit" ?disabled=${this.busy}>
        ${this.busy ? 'Booking…' : this.submitLabel}
      </button>
    </form>`;
  }

  private renderField(field: Field, label: string, type: string, autocomplete: string) {
    const error = this.touched[field] ? fieldError(field, this.values[field]) : undefined;
    return html`<label>
      ${label}
      <input
        id=${field}
        part="input"
        type=${type}
        autocomplete=${autocomplete}
        required
        .value=${this.values[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-error` : nothing}
        @input=${(event: Event) => this.handleInput(field, event)}
        @blur=${() => this.handleBlur(field)}
      />
      ${error ? html`<span class="error" id="${field}-error">${error}</span>` : nothing}
    </label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-booking-form': BookafyBookingForm;
  }
}
