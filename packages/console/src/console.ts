/** The console page's entry: registers the elements that `/console/` renders. */
import { defineConsoleElements } from './define.js';

defineConsoleElements();
