import type { Locator, Page } from 'playwright-core';

/** Whether `locator` is the element that has focus, looking through shadow roots. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/** The focused element, through shadow roots, described by what a test can match on. */
export function focused(page: Page): Promise<{ tag: string; name: string; date?: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const element = active as HTMLElement | null;
    return {
      tag: element?.localName ?? '',
      name: (
        element?.getAttribute('aria-label') ??
        (element?.id && element.getRootNode() instanceof ShadowRoot
          ? (element.getRootNode() as ShadowRoot).querySelector(`label[for="${element.id}"]`)
              ?.textContent
          : undefined) ??
        element?.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim(),
      ...(element?.dataset['date'] ? { date: element.dataset['date'] } : {}),
    };
  });
}

/** What `focused` reports about the element that has focus. */
export type Focused = Awaited<ReturnType<typeof focused>>;

/**
 * Presses Tab (or Shift+Tab with `backwards`) until the focused element matches, as a
 * keyboard user moves through a page; fails after `limit` presses, naming where focus went.
 */
export async function tabTo(
  page: Page,
  matches: (element: Focused) => boolean,
  { backwards = false, limit = 25 } = {},
): Promise<Focused> {
  const visited: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (matches(element)) return element;
    visited.push(`${element.tag} "${element.name}"`);
  }
  throw new Error(`Focus never reached the element; it visited ${visited.join(', ')}`);
}
