/** The languages the console speaks; English is the source every text is written in. */
export const CONSOLE_LOCALES = ['en', 'es', 'de'] as const;

/** One of the console's languages. */
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

/** Each language's name in itself, for the language picker. */
export const LOCALE_NAMES: Record<ConsoleLocale, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
};

const isConsoleLocale = (tag: string): tag is ConsoleLocale =>
  (CONSOLE_LOCALES as readonly string[]).includes(tag);

/**
 * The first of the viewer's preferred languages (BCP 47 tags, best first) that the console
 * speaks, matched on the primary subtag (`es-MX` → `es`); English when none matches.
 *
 * @example matchLocale(['fr-CA', 'de-AT']) // 'de'
 */
export function matchLocale(preferred: readonly string[]): ConsoleLocale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0] ?? '';
    if (isConsoleLocale(language)) return language;
  }
  return 'en';
}
