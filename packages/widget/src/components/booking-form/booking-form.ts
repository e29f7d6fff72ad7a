import type { ServiceQuestion } from '@bookafy/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import { BookafyDetailsSubmitEvent } from '../../events/details-submit.js';
import { directionOf, messagesFor, resolveLocale } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import { tokens, type Theme } from '../../styles/tokens.js';
import { renderControl } from './booking-form.controls.js';
import {
  detailOf,
  emptyValues,
  formFields,
  valueOf,
  withValue,
  type Prefill,
  type FormValues,
  type ContactField,
  type FormField,
} from './booking-form.fields.js';
import { bookingFormMessages } from './booking-form.messages.js';
import { bookingFormStyles } from './booking-form.styles.js';
import { describeProblem, fieldProblem } from './booking-form.validation.js';

export type { FormValues, Prefill } from './booking-form.fields.js';

const CONTACT_FIELDS: readonly ContactField[] = ['name', 'email', 'phone'];

/**
 * The visitor's details: name, email, an optional phone number and the service's questions.
 * A field is checked as the visitor types once they have left it, and every field on submit,
 * which focuses the first one to fix. Errors are announced when the visitor leaves a field
 * and when a submit is refused, not on every keystroke. What was typed survives re-renders
 * and failed bookings; a parent that replaces the form passes `values` on to the new one.
 *
 * @tagname bookafy-booking-form
 * @summary Details form with the service's questions.
 * @event bookafy-details-submit - The visitor sent valid details.
 * @csspart form - The form.
 * @csspart field - The box around one field's label, control, note and error.
 * @csspart label - Each field's label.
 * @csspart input - Each text, email and phone input and the multi-line answer.
 * @csspart textarea - The multi-line answer, also part `input`.
 * @csspart select - Each choice question.
 * @csspart checkbox - Each checkbox question.
 * @csspart locked - An input the embedding site filled in and locked, also part `input`.
 * @csspart prefilled-note - The note under a locked input.
 * @csspart error - The reason a field's value is refused.
 * @csspart submit - The submit button.
 */
export class BookafyBookingForm extends LitElement {
  static override styles = [tokens, bookingFormStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  #focusFirstProblem = false;

  /** Ids of the fields whose errors show: left at least once, or all after a submit. */
  @state() private touched: ReadonlySet<string> = new Set();

  @state() private announcement = '';

  /** Questions of the chosen service, asked after name and email in this order. */
  @property({ attribute: false }) questions: readonly ServiceQuestion[] = [];

  /** Ask for a phone number, which the visitor may leave empty. */
  @property({ type: Boolean, attribute: 'ask-phone' }) askPhone = false;

  /** Details the embedding site already knows; they fill the fields that are still empty. */
  @property({ attribute: false }) prefill: Prefill = {};

  /** Prefilled fields become read-only: shown, marked and sent, but not editable. */
  @property({ type: Boolean, attribute: 'lock-prefill' }) lockPrefill = false;

  /**
   * Everything the visitor has entered. A parent that replaces the form, e.g. after a failed
   * booking, reads it from the old form and sets it on the new one.
   */
  @property({ attribute: false }) values: FormValues = emptyValues;

  /** BCP 47 locale of the labels and messages. */
  @property() locale = 'en';

  /** True while the booking is being sent: the submit button waits. */
  @property({ type: Boolean }) busy = false;

  /** The colour theme; reflected, because the styles select on it. */
  @property({ reflect: true }) theme: Theme | undefined;

  /** The label of the submit button; "Book" in the form's language when absent. */
  @property({ attribute: 'submit-label' }) submitLabel: string | undefined;

  private get text() {
    return messagesFor(bookingFormMessages, this.locale);
  }

  private get fields(): FormField[] {
    return formFields(this.questions, this.askPhone, this.text);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const prefillChanged = changed.has('prefill') || changed.has('lockPrefill');
    if (prefillChanged || (this.lockPrefill && changed.has('values'))) {
      this.values = this.withPrefill(this.values);
    }
  }

  protected override updated(): void {
    if (!this.#focusFirstProblem) return;
    this.#focusFirstProblem = false;
    const first = this.fields.find((field) => this.problemOf(field));
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first.id}`)?.focus();
  }

  private handleInput(field: FormField, value: string | boolean): void {
    this.values = withValue(this.values, field, value);
    if (field.kind === 'checkbox') this.touched = new Set(this.touched).add(field.id);
  }

  private handleBlur(field: FormField): void {
    this.touched = new Set(this.touched).add(field.id);
    const problem = this.problemOf(field);
    this.announcement = problem
      ? this.text.fieldError(
          field.label,
          describeProblem(problem, this.text, resolveLocale(this.locale)),
        )
      : '';
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const fields = this.fields;
    const invalid = fields.filter((field) => this.problemOf(field));

    if (invalid.length > 0) {
      const list = new Intl.ListFormat(resolveLocale(this.locale), { type: 'conjunction' });
      this.touched = new Set(fields.map((field) => field.id));
      this.announcement = this.text.summary(list.format(invalid.map((field) => field.label)));
      this.#focusFirstProblem = true;
      this.requestUpdate();
      return;
    }

    this.announcement = '';
    this.dispatchEvent(new BookafyDetailsSubmitEvent(detailOf(this.values, fields)));
  }

  private isLocked(field: FormField): boolean {
    return this.lockPrefill && 'contact' in field.source && !!this.prefill[field.source.contact];
  }

  private problemOf(field: FormField) {
    return fieldProblem(field.kind, field.required, valueOf(this.values, field));
  }

  private withPrefill(values: FormValues): FormValues {
    let next = values;
    for (const field of CONTACT_FIELDS) {
      const known = this.prefill[field];
      if (known && (this.lockPrefill || !next[field]) && next[field] !== known) {
        next = { ...next, [field]: known };
      }
    }
    return next;
  }

  override render() {
    const locale = resolveLocale(this.locale);
    return html`<form
      part="form"
      lang=${locale}
      dir=${directionOf(locale)}
      novalidate
      aria-busy=${this.busy ? 'true' : 'false'}
      @submit=${this.handleSubmit}
    >
      ${repeat(
        this.fields,
        (field) => field.id,
        (field) => this.renderField(field),
      )}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <button class="submit" part="submit" type="submit" ?disabled=${this.busy}>
        ${this.busy ? this.text.submitting : (this.submitLabel ?? this.text.submit)}
      </button>
    </form>`;
  }

  private renderField(field: FormField) {
    const text = this.text;
    const problem = this.touched.has(field.id) ? this.problemOf(field) : undefined;
    const error = problem ? describeProblem(problem, text, resolveLocale(this.locale)) : undefined;
    const locked = this.isLocked(field);
    const notes = [locked ? `${field.id}-prefilled` : '', error ? `${field.id}-error` : ''];
    const isCheckbox = field.kind === 'checkbox';
    const control = renderControl(field, {
      value: valueOf(this.values, field),
      locked,
      invalid: !!error,
      describedBy: notes.filter(Boolean).join(' ') || undefined,
      chooseLabel: text.choose,
      onInput: (value) => this.handleInput(field, value),
      onBlur: () => this.handleBlur(field),
    });
    const label = html`<label part="label" for=${field.id}>
      ${!field.required && !isCheckbox ? text.optional(field.label) : field.label}
    </label>`;

    const note = locked
      ? html`<span class="note" id="${field.id}-prefilled" part="prefilled-note">
          ${text.prefilled}
        </span>`
      : nothing;

    return html`<div class="field" part="field">
      ${isCheckbox ? html`<div class="choice">${control}${label}</div>` : html`${label}${control}`}
      ${note} ${this.renderError(field, error)}
    </div>`;
  }

  private renderError(field: FormField, error: string | undefined) {
    if (!error) return nothing;
    return html`<span class="error" id="${field.id}-error" part="error">${error}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-booking-form': BookafyBookingForm;
  }
}
