import { sendKeys } from '@web/test-runner-commands';

import type { BookafyBookingForm } from './booking-form.js';

/** The control with an id inside a form's shadow root. */
export function control<T extends HTMLElement = HTMLInputElement>(
  form: BookafyBookingForm,
  id: string,
): T {
  return form.shadowRoot!.querySelector<T>(`#${id}`)!;
}

/** The error shown under a field, or `null`. */
export function errorOf(form: BookafyBookingForm, id: string): string | null {
  return form.shadowRoot!.querySelector(`#${id}-error`)?.textContent ?? null;
}

/** The form's submit button. */
export function submitButton(form: BookafyBookingForm): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** What the form's live region says. */
export function announcement(form: BookafyBookingForm): string {
  return form.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Types into a field with the keyboard, as the visitor would. */
export async function typeInto(form: BookafyBookingForm, id: string, text: string) {
  control(form, id).focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

/** Moves focus out of a field, which marks it as touched. */
export async function leave(form: BookafyBookingForm, id: string) {
  const element = control(form, id);
  element.focus();
  element.blur();
  await form.updateComplete;
}

/** Sets a value the way a paste or a choice in a list does, with one input event. */
export async function setValue(form: BookafyBookingForm, id: string, value: string) {
  const element = control<HTMLInputElement | HTMLSelectElement>(form, id);
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  await form.updateComplete;
}
