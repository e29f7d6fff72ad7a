import type { LocaleModule } from '@lit/localize';

/** This language's texts of the console's staff, by message id. */
export const templates: LocaleModule['templates'] = {};
