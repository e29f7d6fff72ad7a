import type { LocaleModule } from '@lit/localize';
import { str } from '@lit/localize';

/** German texts of the API's refusals, by message id (`refusal.<problem code>`). */
export const templates: LocaleModule['templates'] = {
  'refusal.unauthorized': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'refusal.not_found':
    'Das gibt es nicht mehr; es wurde vielleicht gerade gelöscht. Bitte laden Sie die Seite neu.',
  'refusal.slot_taken': 'Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.',
  'refusal.slot_unavailable':
    'Diese Zeit wird für diese Leistung nicht angeboten. Bitte wählen Sie eine der ' +
    'aufgeführten Zeiten.',
  'refusal.booking_not_changeable':
    'Diese Buchung wurde inzwischen geändert oder storniert. Laden Sie die Seite neu, um den ' +
    'aktuellen Stand zu sehen.',
  'refusal.rate_limited':
    'Zu viele Versuche von hier. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
  'refusal.payload_too_large':
    'Das ist zu groß zum Senden. Kürzen Sie die längsten Texte und versuchen Sie es erneut.',
  'refusal.last_secret_key':
    'Das ist der letzte geheime Schlüssel des Kontos. Erstellen Sie zuerst einen weiteren, ' +
    'bevor Sie ihn widerrufen.',
  'refusal.feed_not_found':
    'Dieses Teammitglied hat keinen aktiven Kalenderlink mehr. Bitte laden Sie die Seite neu.',
  'refusal.email_taken': 'Mit dieser E-Mail-Adresse gibt es schon einen Zugang.',
  'refusal.owner_only': 'Das kann nur ein Inhaber des Kontos.',
  'refusal.owner_required':
    'Inhaber können nicht entfernt werden, nur die Zugänge von Teammitgliedern.',
  'refusal.staff_scope': 'Sie sehen nur Ihre eigenen Buchungen.',
  'refusal.staff_has_user':
    'Dieses Teammitglied hat schon einen Zugang. Bitte laden Sie die Seite neu.',
  'refusal.plan_limit_staff':
    'Ihr Tarif erlaubt keine weiteren Teammitglieder. Archivieren Sie eines oder wechseln Sie ' +
    'den Tarif.',
  'refusal.invalid_credentials': 'E-Mail-Adresse oder Passwort stimmen nicht.',
  'refusal.cross_site':
    'Die Konsole nimmt Sitzungen nur von ihrer eigenen Adresse an. Öffnen Sie sie dort und ' +
    'melden Sie sich an.',
  'refusal.mail_unavailable':
    'Die E-Mail konnte gerade nicht gesendet werden; es wurde nichts geändert. Bitte versuchen ' +
    'Sie es in ein paar Minuten erneut.',
  'refusal.internal_error.plain':
    'Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.',
  'refusal.internal_error': str`Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es erneut; wenn es wieder passiert, nennen Sie Ihrem Bookafy-Betreiber diese Anfrage-ID: ${0}.`,
  'refusal.unknown.plain': str`Der Server hat das abgelehnt: ${0}`,
  'refusal.unknown': str`Der Server hat das abgelehnt: ${0} (Anfrage ${1})`,
  'refusal.unreachable':
    'Der Server war nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es ' +
    'erneut.',
  'refusal.invalid_request': str`Nicht angenommen: ${0}`,
};
