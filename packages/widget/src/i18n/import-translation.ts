import type { Translation } from './catalog.js';
import type { TranslationLoader } from './translations.js';

const modules: Record<
  Parameters<TranslationLoader>[0],
  () => Promise<{ translation: Translation }>
> = {
  es: () => import('./translations/es.js'),
  fr: () => import('./translations/fr.js'),
  de: () => import('./translations/de.js'),
  'pt-BR': () => import('./translations/pt-BR.js'),
  ar: () => import('./translations/ar.js'),
};

/** Loads a language as a separate module, which bundlers split into its own chunk. */
export const importTranslation: TranslationLoader = async (locale) =>
  (await modules[locale]()).translation;
