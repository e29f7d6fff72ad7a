/**
 * The languages the widget speaks. Each component keeps its own strings in a
 * `<component>.messages.ts` file with one entry per locale, so a component's words live beside
 * it and a new language is added file by file; dates and times come from `Intl` instead.
 */
export const supportedLocales = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const;

export type SupportedLocale = (typeof supportedLocales)[number];

/** One component's strings in every supported locale, all with the shape of the English set. */
export type Catalog<Messages> = Record<SupportedLocale, Messages>;

/**
 * The supported locale closest to a BCP 47 tag: an exact match, then the same language
 * (`pt-PT` → `pt-BR`, `es-MX` → `es`), then English.
 *
 * @example
 * resolveLocale('fr-CA'); // 'fr'
 * resolveLocale('ar-EG'); // 'ar'
 * resolveLocale('ja'); // 'en'
 */
export function resolveLocale(tag: string | undefined): SupportedLocale {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  const exact = supportedLocales.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return supportedLocales.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? 'en';
}

/** The writing direction of a locale's script. */
export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * A component's strings for a locale tag.
 *
 * @example
 * const text = messagesFor(calendarMessages, this.locale);
 * html`<button aria-label=${text.nextMonth}>`;
 */
export function messagesFor<Messages>(catalog: Catalog<Messages>, tag: string | undefined) {
  return catalog[resolveLocale(tag)];
}
