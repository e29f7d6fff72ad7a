import type { LocaleModule } from '@lit/localize';

import { templates as bookings } from './es/bookings.js';
import { templates as embed } from './es/embed.js';
import { templates as insight } from './es/insight.js';
import { templates as refusal } from './es/refusal.js';
import { templates as services } from './es/services.js';
import { templates as settings } from './es/settings.js';
import { templates as shell } from './es/shell.js';
import { templates as signUp } from './es/sign-up.js';
import { templates as staff } from './es/staff.js';

/** Every Spanish text of the console, by message id; one file per area of the console. */
export const templates: LocaleModule['templates'] = {
  ...shell,
  ...signUp,
  ...bookings,
  ...services,
  ...staff,
  ...embed,
  ...insight,
  ...settings,
  ...refusal,
};
