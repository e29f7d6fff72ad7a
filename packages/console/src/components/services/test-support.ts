import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { Me } from '../../internal/console-api.js';

/** The demo owner and account as `GET /v1/console/me` answers them. */
export async function demoMe(): Promise<Me> {
  const answer = await fetch('/v1/console/me');
  if (!answer.ok) throw new Error(`The session is not set: ${answer.status}`);
  return (await answer.json()) as Me;
}

/** The element matching `selector` in `root`'s shadow root, once it has rendered. */
export async function shadowQuery<T extends Element>(root: Element, selector: string): Promise<T> {
  await waitUntil(() => root.shadowRoot?.querySelector(selector), `${selector} did not render`);
  return root.shadowRoot!.querySelector<T>(selector)!;
}

/** Types `value` into a text field as a person would: the value, then an `input` event. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Chooses `value` in a select, or ticks or unticks a checkbox or radio, firing `change`. */
export function choose(field: HTMLSelectElement | HTMLInputElement, value: string | boolean) {
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The button in `root`'s shadow root whose text is `text`. */
export function buttonNamed(root: Element, text: string): HTMLButtonElement {
  const button = [...root.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab (with Shift held if `backwards`) until `done` holds for the focused element, at
 * most 80 times, and returns the id, or else the name, of each control that focus passed through.
 */
export async function tabUntil(
  done: (active: Element) => boolean,
  { backwards = false } = {},
): Promise<string[]> {
  const passed: string[] = [];
  if (backwards) await sendKeys({ down: 'Shift' });
  try {
    for (let press = 0; press < 80; press++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (!active) continue;
      if (done(active)) return passed;
      passed.push(active.id || (active.getAttribute('name') ?? active.tagName));
    }
  } finally {
    if (backwards) await sendKeys({ up: 'Shift' });
  }
  throw new Error('Tab never reached the control it was looking for.');
}

/** A JSON admin call straight to the API, for fixtures and for checking what it stored. */
export async function adminFetch<T>(method: string, path: string, body?: unknown): Promise<T> {
  const answer = await fetch(`/v1/admin${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}`);
  return (answer.status === 204 ? undefined : await answer.json()) as T;
}
