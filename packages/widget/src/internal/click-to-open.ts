import type { BookafyModal } from '../components/modal/modal.js';
import { scriptDataset } from './script-origin.js';

const installed = Symbol.for('bookafy.click-to-open');

type Settings = Readonly<Record<string, string | undefined>>;

/** A link whose modified or middle click the browser should handle, opening a new tab. */
function wantsBrowserDefault(event: MouseEvent, path: EventTarget[]): boolean {
  const modified = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey;
  return modified && path.some((node) => node instanceof Element && node.matches('[href]'));
}

/** The widget attributes for a booking trigger: its own data attributes, then the page's. */
function attributesFor(trigger: Element, defaults: Settings): Record<string, string | undefined> {
  const data = (name: string) => trigger.getAttribute(`data-bookafy-${name}`) || undefined;
  return {
    service: data('service'),
    staff: data('staff'),
    'publishable-key': data('key') ?? defaults.publishableKey,
    locale: data('locale') ?? defaults.locale,
    theme: data('theme') ?? defaults.theme,
    'api-base': defaults.apiBase,
  };
}

/**
 * Turns every element carrying `data-bookafy-service` (or an element inside one) into a
 * trigger for one shared booking dialog, through a single click listener on `root`. A trigger
 * is usually a link to the hosted booking page, which is what visitors without JavaScript get;
 * with the widget loaded the dialog opens instead, unless a modified or middle click asks for a
 * new tab. The dialog takes `data-bookafy-service`, `-staff`, `-key`, `-locale` and `-theme`
 * from the trigger, and otherwise `data-publishable-key`, `data-locale`, `data-theme` and
 * `data-api-base` from the script tag. A visitor reopening the same trigger keeps their
 * progress; another configuration starts afresh. Installing twice, as when the script is
 * included twice, keeps one listener.
 *
 * @param defaults - Page-wide settings keyed like `dataset`; the script tag's by default.
 * @example
 * <a href="https://book.example/harbour" data-bookafy-service="svc_massage">Book a massage</a>
 * installClickToOpen(document);
 */
export function installClickToOpen(root: Document, defaults: Settings = scriptDataset): void {
  const flagged = root as Document & { [installed]?: true };
  if (flagged[installed]) return;
  flagged[installed] = true;

  let modal: BookafyModal | undefined;
  let shownSettings = '';

  root.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const path = event.composedPath();
    const trigger = path.find(
      (node): node is Element =>
        node instanceof Element && node.hasAttribute('data-bookafy-service'),
    );
    if (!trigger || wantsBrowserDefault(event, path)) return;
    event.preventDefault();

    const attributes = attributesFor(trigger, defaults);
    const settings = JSON.stringify(attributes);
    if (!modal || settings !== shownSettings) {
      modal?.remove();
      modal = root.createElement('bookafy-modal');
      for (const [name, value] of Object.entries(attributes)) {
        if (value !== undefined) modal.setAttribute(name, value);
      }
      root.body.append(modal);
      shownSettings = settings;
    }
    modal.show(trigger instanceof HTMLElement ? trigger : undefined);
  });
}
