import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { FormField } from './booking-form.fields.js';

/** How one control is drawn and where its changes go. */
export interface ControlState {
  value: string | boolean;
  /** Set by the embedding site and not editable; still sent. */
  locked: boolean;
  invalid: boolean;
  /** Ids of the note and error that describe the control. */
  describedBy: string | undefined;
  /** The empty first option of a choice. */
  chooseLabel: string;
  onInput: (value: string | boolean) => void;
  onBlur: () => void;
}

const AUTOCOMPLETE: Partial<Record<FormField['kind'], string>> = {
  name: 'name',
  email: 'email',
  phone: 'tel',
};

const text = (event: Event) => (event.target as HTMLInputElement).value;

/** The control that fits a field's kind, wired to its state. */
export function renderControl(field: FormField, state: ControlState): TemplateResult {
  const invalid = state.invalid ? 'true' : 'false';
  const value = typeof state.value === 'string' ? state.value : '';

  switch (field.kind) {
    case 'longText':
      return html`<textarea
        id=${field.id}
        part="input textarea"
        rows="4"
        ?required=${field.required}
        .value=${value}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(state.describedBy)}
        @input=${(event: Event) => state.onInput(text(event))}
        @blur=${state.onBlur}
      ></textarea>`;
    case 'select':
      return html`<select
        id=${field.id}
        part="select"
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(state.describedBy)}
        @input=${(event: Event) => state.onInput(text(event))}
        @blur=${state.onBlur}
      >
        <option value="" .selected=${value === ''}>${state.chooseLabel}</option>
        ${field.options.map(
          (option) =>
            html`<option value=${option} .selected=${option === value}>${option}</option>`,
        )}
      </select>`;
    case 'checkbox':
      return html`<input
        id=${field.id}
        part="checkbox"
        type="checkbox"
        ?required=${field.required}
        .checked=${state.value === true}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(state.describedBy)}
        @change=${(event: Event) => state.onInput((event.target as HTMLInputElement).checked)}
        @blur=${state.onBlur}
      />`;
    default:
      return html`<input
        id=${field.id}
        part=${state.locked ? 'input locked' : 'input'}
        type=${field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text'}
        autocomplete=${ifDefined(AUTOCOMPLETE[field.kind])}
        inputmode=${field.kind === 'phone' ? 'tel' : nothing}
        ?required=${field.required}
        ?readonly=${state.locked}
        .value=${value}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(state.describedBy)}
        @input=${(event: Event) => state.onInput(text(event))}
        @blur=${state.onBlur}
      />`;
  }
}
