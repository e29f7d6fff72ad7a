/**
 * The script-tag bundle: registers the elements, so `<bookafy-widget>` and `<bookafy-button>`
 * work anywhere, fetches languages other than English from beside itself when a widget needs
 * one, and opens the booking flow in a dialog from any element carrying `data-bookafy-service`.
 */
import './define.js';

import { scriptTranslation } from './i18n/script-translation.js';
import { setTranslationLoader } from './i18n/translations.js';
import { installClickToOpen } from './internal/click-to-open.js';

setTranslationLoader(scriptTranslation);
installClickToOpen(document);
