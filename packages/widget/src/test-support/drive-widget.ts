import { waitUntil } from '@open-wc/testing';

import type { BookafyWidget } from '../components/widget/widget.js';

/** The first element matching `selector` inside `root`'s shadow root, once it renders. */
export async function inShadow<T extends Element>(
  root: Element,
  selector: string,
  message = `${selector} to appear`,
): Promise<T> {
  await waitUntil(() => root.shadowRoot?.querySelector(selector), message, { timeout: 8000 });
  return root.shadowRoot!.querySelector<T>(selector)!;
}

/**
 * Clicks the `index`-th day with free times in the widget's calendar, moving on month by month
 * until one has that many, and returns the clicked date.
 */
export async function chooseFreeDay(widget: BookafyWidget, index: number): Promise<string> {
  const calendar = await inShadow<
    HTMLElement & { month: string; updateComplete: Promise<boolean> }
  >(widget, 'bookafy-calendar');
  for (let month = 0; month < 3; month++) {
    await waitUntil(() => calendar.getAttribute('aria-busy') === 'false', 'the month to load');
    await calendar.updateComplete;
    const days = calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      'button.day[data-available]',
    );
    if (days.length > index) {
      days[index]!.click();
      return days[index]!.dataset['date']!;
    }
    const shown = calendar.month;
    calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="nav-button"]')[1]!.click();
    await waitUntil(() => calendar.month !== shown, 'the next month to show');
  }
  throw new Error(`No month in reach has ${index + 1} free days.`);
}

/** Clicks the `index`-th free time of the chosen day. */
export async function chooseTime(widget: BookafyWidget, index = 0): Promise<void> {
  const list = await inShadow(widget, 'bookafy-time-list.day-times');
  await waitUntil(() => list.shadowRoot?.querySelectorAll('button.time').length, 'times to show');
  list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.time')[index]!.click();
}

/** Types into a details form field by its label's `for` id, as a visitor would. */
export function typeInto(form: Element, id: string, value: string): void {
  const input = form.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
