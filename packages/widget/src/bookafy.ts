/** The script-tag bundle: registers the elements; `<bookafy-widget>` then works anywhere. */
import './define.js';
