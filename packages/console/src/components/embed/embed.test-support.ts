import { sendKeys } from '@web/test-runner-commands';

import { call } from '../../internal/console-api.js';

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `target` has focus (at most 60 times), so a test reaches it by keyboard. */
export async function tabTo(target: Element): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    if (focused() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** The button among `root`'s whose visible text is `text`. */
export function buttonNamed(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

/** Revokes, through the API, every live key whose id is not among `keptIds`. */
export async function revokeKeysExcept(keptIds: readonly string[]): Promise<void> {
  const { data } = await call<{ data: { id: string; revokedAt: string | null }[] }>(
    'GET',
    '/admin/api-keys',
  );
  for (const key of data) {
    if (!keptIds.includes(key.id) && key.revokedAt === null) {
      await call('DELETE', `/admin/api-keys/${key.id}`);
    }
  }
}

/** The ids of the account's keys now, to keep when cleaning up. */
export async function keyIds(): Promise<string[]> {
  const { data } = await call<{ data: { id: string }[] }>('GET', '/admin/api-keys');
  return data.map((key) => key.id);
}
