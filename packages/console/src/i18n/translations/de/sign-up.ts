import type { LocaleModule } from '@lit/localize';

/** German texts of the console's sign-up form, by message id. */
export const templates: LocaleModule['templates'] = {
  'signUp.emailTaken':
    'Mit dieser E-Mail-Adresse gibt es schon ein Konto. Bitte melden Sie sich an.',
  'signUp.tooMany': 'Zu viele Anmeldungen von hier. Bitte versuchen Sie es in einer Minute erneut.',
  'signUp.title': 'Ihre Buchungsseite anlegen',
  'signUp.businessName': 'Name des Geschäfts',
  'signUp.timeZone': 'Zeitzone des Geschäfts',
  'signUp.name': 'Ihr Name',
  'signUp.password': 'Passwort (mindestens 10 Zeichen)',
  'signUp.submit': 'Konto anlegen',
};
