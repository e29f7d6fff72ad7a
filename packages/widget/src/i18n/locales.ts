import type { Catalog, CatalogKey, Translation } from './catalog.js';
import { loadedTranslation, requestTranslation } from './translations.js';

/**
 * The languages the widget speaks. English is built in; the others load on demand (see
 * `translations.ts`). Dates and times come from `Intl` in the same locale.
 */
export const supportedLocales = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const;

export type SupportedLocale = (typeof supportedLocales)[number];

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
 * An element's words for a locale tag. Until that language has loaded they are English, and
 * asking starts the load; elements with a `TranslationController` render again when it lands.
 *
 * @example
 * const text = messagesFor(calendarMessages, this.locale);
 * html`<button aria-label=${text.nextMonth}>`;
 */
export function messagesFor<Key extends CatalogKey>(
  catalog: Catalog<Key>,
  tag: string | undefined,
): Translation[Key] {
  const locale = resolveLocale(tag);
  if (locale === 'en') return catalog.en;
  const translation = loadedTranslation(locale);
  if (translation) return translation[catalog.key];
  void requestTranslation(locale);
  return catalog.en;
}
