/**
 * Loaded before every browser test file: makes every language available at once, so a test
 * of Spanish or Arabic words sees them on the first render. The on-demand loading itself is
 * tested in `src/i18n/translations.test.ts` and end to end with the script-tag build.
 */
import { translation as ar } from '../i18n/translations/ar.js';
import { translation as de } from '../i18n/translations/de.js';
import { translation as es } from '../i18n/translations/es.js';
import { translation as fr } from '../i18n/translations/fr.js';
import { translation as ptBR } from '../i18n/translations/pt-BR.js';
import { registerTranslation } from '../i18n/translations.js';

registerTranslation('es', es);
registerTranslation('fr', fr);
registerTranslation('de', de);
registerTranslation('pt-BR', ptBR);
registerTranslation('ar', ar);
