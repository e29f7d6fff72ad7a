import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { Translation } from './catalog.js';
import type { SupportedLocale } from './locales.js';

/** Fetches one language's words; each build of the widget brings its own way to do it. */
export type TranslationLoader = (locale: Exclude<SupportedLocale, 'en'>) => Promise<Translation>;

const loaded = new Map<SupportedLocale, Translation>();
const pending = new Map<SupportedLocale, Promise<void>>();
/** Fires `loaded` each time a language arrives. */
const arrivals = new EventTarget();
let loader: TranslationLoader | undefined;

/**
 * Sets how languages other than English are fetched: dynamic `import()` in the npm build,
 * a script beside `bookafy.js` in the script-tag build. Without one, every text is English.
 */
export function setTranslationLoader(next: TranslationLoader): void {
  loader = next;
}

/** Makes a language available at once, e.g. one an application bundles itself. */
export function registerTranslation(locale: SupportedLocale, translation: Translation): void {
  loaded.set(locale, translation);
  arrivals.dispatchEvent(new Event('loaded'));
}

/** A language's words if they have arrived. */
export function loadedTranslation(locale: SupportedLocale): Translation | undefined {
  return loaded.get(locale);
}

/**
 * Resolves once `locale`'s words are available, or once it is clear they cannot be: a failed
 * load leaves the widget in English and is tried again the next time the language is asked for.
 */
export function requestTranslation(locale: SupportedLocale): Promise<void> {
  if (locale === 'en' || loaded.has(locale) || !loader) return Promise.resolve();
  let request = pending.get(locale);
  if (!request) {
    request = loader(locale).then(
      (translation) => registerTranslation(locale, translation),
      () => void pending.delete(locale),
    );
    pending.set(locale, request);
  }
  return request;
}

/** Renders its element again whenever a language arrives, so its words follow. */
export class TranslationController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #update = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    arrivals.addEventListener('loaded', this.#update);
  }

  hostDisconnected(): void {
    arrivals.removeEventListener('loaded', this.#update);
  }
}
