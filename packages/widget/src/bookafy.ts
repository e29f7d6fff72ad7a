/**
 * The script-tag bundle: registers the elements, so `<bookafy-widget>` and `<bookafy-button>`
 * work anywhere, and opens the booking flow in a dialog from any element carrying
 * `data-bookafy-service`.
 */
import './define.js';

import { installClickToOpen } from './internal/click-to-open.js';

installClickToOpen(document);
