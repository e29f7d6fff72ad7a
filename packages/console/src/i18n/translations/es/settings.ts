import type { LocaleModule } from '@lit/localize';
import { str } from '@lit/localize';

/** Spanish texts of the console's plan, users and calendar feeds, by message id. */
export const templates: LocaleModule['templates'] = {
  'settings.unlimited': str`${0}, sin límite`,
  'settings.usedOf': str`${0} de ${1}`,
  'settings.free': 'Plan gratuito',
  'settings.pro': 'Plan Pro',
  'settings.staffUsage': 'Miembros del personal',
  'settings.bookingUsage': str`Reservas en ${0}`,
  'settings.upgrade':
    'El plan gratuito muestra una pequeña línea «Powered by Bookafy» en el widget de reservas. ' +
    'El plan Pro quita ambos límites y esa línea; pide a tu operador de Bookafy que cambie la ' +
    'cuenta a ese plan.',
  'settings.invited': str`Invitación enviada a ${0}.`,
  'settings.emailTaken': 'Ya existe un usuario con este correo.',
  'settings.removed': str`${0} ya no puede iniciar sesión.`,
  'settings.allInvited': 'Todo el personal tiene acceso.',
  'settings.inviteTitle': 'Invitar a un miembro del personal',
  'settings.staffMember': 'Miembro del personal',
  'settings.invite': 'Enviar invitación',
  'settings.inviteHint':
    'Recibirá un correo con un enlace para elegir una contraseña, válido 7 días, y después ' +
    'verá solo sus propias reservas.',
  'settings.owner': 'Propietario',
  'settings.staffRole': str`Personal: ${0}`,
  'settings.removeQuestion': str`¿Quitar el acceso de ${0}? Ya no podrá iniciar sesión; sus reservas se conservan.`,
  'settings.removeLabel': str`Quitar el acceso de ${0}`,
  'settings.remove': 'Quitar',
  'settings.usersTitle': 'Usuarios de la consola',
  'settings.name': 'Nombre',
  'settings.role': 'Función',
  'settings.actions': 'Acciones',
  'feeds.created': str`Nuevo enlace de calendario para ${0}; el anterior deja de funcionar.`,
  'feeds.revoked': str`El enlace de calendario de ${0} ya no funciona.`,
  'feeds.copied': 'Copiado.',
  'feeds.selected': 'Seleccionado; cópialo con el teclado.',
  'feeds.live': str`Activo desde ${0}`,
  'feeds.none': 'Ninguno',
  'feeds.url': 'URL del calendario, se muestra una sola vez',
  'feeds.copy': 'Copiar',
  'feeds.createLabel': str`Crear enlace para ${0}`,
  'feeds.replaceLabel': str`Nuevo enlace para ${0}`,
  'feeds.replace': 'Nuevo enlace',
  'feeds.create': 'Crear enlace',
  'feeds.revokeQuestion': str`¿Revocar el enlace de calendario de ${0}? Los calendarios suscritos dejan de actualizarse al momento.`,
  'feeds.revokeLabel': str`Revocar el enlace de calendario de ${0}`,
  'feeds.revoke': 'Revocar',
  'feeds.title': 'Calendarios suscritos',
  'feeds.hint':
    'Un enlace secreto a las reservas de un miembro del personal que Google Calendar («Desde ' +
    'URL») o Apple Calendar («Nueva suscripción a calendario») mantienen al día. Quien tenga ' +
    'el enlace ve las reservas: revócalo si se filtra.',
  'feeds.feed': 'Calendario',
};
