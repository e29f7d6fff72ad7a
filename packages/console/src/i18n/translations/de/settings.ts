import type { LocaleModule } from '@lit/localize';
import { str } from '@lit/localize';

/** German texts of the console's plan, users and calendar feeds, by message id. */
export const templates: LocaleModule['templates'] = {
  'settings.unlimited': str`${0}, ohne Grenze`,
  'settings.usedOf': str`${0} von ${1}`,
  'settings.free': 'Kostenloser Tarif',
  'settings.pro': 'Pro-Tarif',
  'settings.staffUsage': 'Teammitglieder',
  'settings.bookingUsage': str`Buchungen im ${0}`,
  'settings.upgrade':
    'Im kostenlosen Tarif zeigt das Buchungs-Widget eine kleine Zeile „Powered by Bookafy“. ' +
    'Der Pro-Tarif hebt beide Grenzen auf und lässt die Zeile weg; Ihr Bookafy-Betreiber ' +
    'stellt das Konto darauf um.',
  'settings.invited': str`Einladung an ${0} gesendet.`,
  'settings.emailTaken': 'Mit dieser E-Mail-Adresse gibt es schon ein Konto.',
  'settings.removed': str`${0} kann sich nicht mehr anmelden.`,
  'settings.allInvited': 'Alle Teammitglieder haben einen Zugang.',
  'settings.inviteTitle': 'Teammitglied einladen',
  'settings.staffMember': 'Teammitglied',
  'settings.invite': 'Einladung senden',
  'settings.inviteHint':
    'Die Person erhält eine E-Mail mit einem 7 Tage gültigen Link, um ein Passwort zu wählen, ' +
    'und sieht danach nur ihre eigenen Buchungen.',
  'settings.owner': 'Inhaber',
  'settings.staffRole': str`Team: ${0}`,
  'settings.removeQuestion': str`Zugang von ${0} entfernen? Die Person kann sich nicht mehr anmelden; ihre Buchungen bleiben.`,
  'settings.removeLabel': str`Zugang von ${0} entfernen`,
  'settings.remove': 'Entfernen',
  'settings.usersTitle': 'Benutzer der Konsole',
  'settings.name': 'Name',
  'settings.role': 'Rolle',
  'settings.actions': 'Aktionen',
  'feeds.created': str`Neuer Kalenderlink für ${0}; der alte funktioniert nicht mehr.`,
  'feeds.revoked': str`Der Kalenderlink von ${0} funktioniert nicht mehr.`,
  'feeds.copied': 'Kopiert.',
  'feeds.selected': 'Markiert; kopieren Sie ihn mit der Tastatur.',
  'feeds.live': str`Aktiv seit ${0}`,
  'feeds.none': 'Keiner',
  'feeds.url': 'Kalender-URL, wird nur einmal gezeigt',
  'feeds.copy': 'Kopieren',
  'feeds.createLabel': str`Link erstellen für ${0}`,
  'feeds.replaceLabel': str`Neuer Link für ${0}`,
  'feeds.replace': 'Neuer Link',
  'feeds.create': 'Link erstellen',
  'feeds.revokeQuestion': str`Kalenderlink von ${0} widerrufen? Kalender, die ihn abonniert haben, werden sofort nicht mehr aktualisiert.`,
  'feeds.revokeLabel': str`Kalenderlink von ${0} widerrufen`,
  'feeds.revoke': 'Widerrufen',
  'feeds.title': 'Kalender-Abos',
  'feeds.hint':
    'Ein geheimer Link zu den Buchungen eines Teammitglieds, den Google Kalender („Per URL“) ' +
    'oder Apple Kalender („Neues Kalenderabonnement“) aktuell halten. Wer den Link hat, sieht ' +
    'die Buchungen: Widerrufen Sie ihn, falls er in falsche Hände gerät.',
  'feeds.feed': 'Kalender',
};
