import { scriptIntegrity, scriptNonce, scriptUrl } from '../internal/script-origin.js';
import type { Translation } from './catalog.js';
import { localeIntegrity } from './locale-integrity.js';
import type { TranslationLoader } from './translations.js';

declare global {
  /** Where each `locales/<locale>.js` script of the script-tag build leaves its words. */
  var bookafyTranslations: Record<string, { translation: Translation } | undefined> | undefined;
}

/** The global key of a locale's script: `pt-BR` is `pt_BR`. */
export const translationGlobalKey = (locale: string) => locale.replace('-', '_');

/**
 * Loads a language for the script-tag build: a `locales/<locale>.js` script beside
 * `bookafy.js`, from the same server, with the same nonce, and with the file's integrity hash
 * when the page loaded `bookafy.js` with one.
 */
export const scriptTranslation: TranslationLoader = (locale) =>
  new Promise((resolve, reject) => {
    if (!scriptUrl) {
      reject(new Error('The widget was not loaded from a script tag.'));
      return;
    }
    const script = document.createElement('script');
    script.src = new URL(`locales/${locale}.js`, scriptUrl).href;
    script.async = true;
    if (scriptNonce) script.nonce = scriptNonce;
    const integrity = localeIntegrity[locale];
    if (scriptIntegrity.pinned && integrity) {
      script.integrity = integrity;
      script.crossOrigin = scriptIntegrity.crossOrigin;
    }
    script.addEventListener('load', () => {
      const loaded = globalThis.bookafyTranslations?.[translationGlobalKey(locale)];
      if (loaded) resolve(loaded.translation);
      else reject(new Error(`${script.src} did not provide the ${locale} words.`));
    });
    script.addEventListener('error', () => reject(new Error(`Could not load ${script.src}.`)));
    document.head.append(script);
  });
