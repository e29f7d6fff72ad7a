import type { LocaleModule } from '@lit/localize';

import { templates as bookings } from './de/bookings.js';
import { templates as embed } from './de/embed.js';
import { templates as insight } from './de/insight.js';
import { templates as refusal } from './de/refusal.js';
import { templates as services } from './de/services.js';
import { templates as settings } from './de/settings.js';
import { templates as shell } from './de/shell.js';
import { templates as signUp } from './de/sign-up.js';
import { templates as staff } from './de/staff.js';

/** Every German text of the console, by message id; one file per area of the console. */
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
