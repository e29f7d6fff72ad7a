/** The console page's entry: picks the viewer's language and registers the console's elements. */
import { defineConsoleElements } from './define.js';
import { startLocalization } from './i18n/localization.js';

defineConsoleElements();
void startLocalization();
