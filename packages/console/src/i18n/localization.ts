import { configureLocalization } from '@lit/localize';

import { CONSOLE_LOCALES, matchLocale, type ConsoleLocale } from './locales.js';
import { templates as de } from './translations/de.js';
import { templates as es } from './translations/es.js';

/** Where the viewer's choice of language is remembered in this browser. */
const STORAGE_KEY = 'bookafy-console-locale';

const translations = { es, de } as const;

const localization = configureLocalization({
  sourceLocale: 'en',
  targetLocales: CONSOLE_LOCALES.filter((locale) => locale !== 'en'),
  // The console's translations are small, so they ship inside its one script.
  loadLocale: (locale) => Promise.resolve({ templates: translations[locale as 'es' | 'de'] }),
});

/** The language the console speaks now. */
export const currentLocale = (): ConsoleLocale => localization.getLocale() as ConsoleLocale;

/** Switches every console element to `locale` and remembers the choice in this browser. */
export async function switchLocale(locale: ConsoleLocale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be blocked; the choice then lasts until the page reloads.
  }
  document.documentElement.lang = locale;
  await localization.setLocale(locale);
}

/** Starts in the language chosen earlier in this browser, or else the browser's own. */
export async function startLocalization(): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Without storage the browser's languages decide.
  }
  const locale = matchLocale([...(stored ? [stored] : []), ...navigator.languages]);
  if (locale !== currentLocale()) await switchLocale(locale);
}
