import type { LocaleModule } from '@lit/localize';
import { str } from '@lit/localize';

/** Spanish texts of the API's refusals, by message id (`refusal.<problem code>`). */
export const templates: LocaleModule['templates'] = {
  'refusal.unauthorized': 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
  'refusal.not_found': 'Esto ya no existe; puede que se acabe de borrar. Recarga la página.',
  'refusal.slot_taken': 'Esa hora se acaba de ocupar. Elige otra.',
  'refusal.slot_unavailable':
    'Esa hora no se ofrece para este servicio. Elige una de las horas de la lista.',
  'refusal.booking_not_changeable':
    'Esta reserva se cambió o se canceló mientras tanto. Recarga la página para verla como ' +
    'está.',
  'refusal.rate_limited': 'Demasiados intentos desde aquí. Espera un minuto y vuelve a probar.',
  'refusal.payload_too_large':
    'Es demasiado grande para enviarlo. Acorta los textos más largos y vuelve a intentarlo.',
  'refusal.last_secret_key':
    'Es la última clave secreta de la cuenta. Crea otra antes de revocarla.',
  'refusal.feed_not_found':
    'Este profesional ya no tiene un enlace de calendario activo. Recarga la página.',
  'refusal.email_taken': 'Ya existe un usuario con este correo.',
  'refusal.owner_only': 'Solo un propietario de la cuenta puede hacer esto.',
  'refusal.owner_required':
    'Los propietarios no se pueden quitar; solo los accesos de los profesionales.',
  'refusal.staff_scope': 'Solo puedes ver tus propias reservas.',
  'refusal.staff_has_user': 'Este profesional ya tiene acceso. Recarga la página.',
  'refusal.plan_limit_staff': 'Tu plan no admite más profesionales. Archiva uno o cambia de plan.',
  'refusal.invalid_credentials': 'El correo o la contraseña no son correctos.',
  'refusal.cross_site':
    'La consola solo acepta sesiones desde su propia dirección. Ábrela allí e inicia sesión.',
  'refusal.mail_unavailable':
    'No se pudo enviar el correo ahora mismo; no se cambió nada. Vuelve a intentarlo en unos ' +
    'minutos.',
  'refusal.internal_error.plain':
    'Algo falló en el servidor. Vuelve a intentarlo dentro de un momento.',
  'refusal.internal_error': str`Algo falló en el servidor. Vuelve a intentarlo; si sigue pasando, da a tu operador de Bookafy este identificador de solicitud: ${0}.`,
  'refusal.unknown.plain': str`El servidor lo rechazó: ${0}`,
  'refusal.unknown': str`El servidor lo rechazó: ${0} (solicitud ${1})`,
  'refusal.unreachable':
    'No se pudo conectar con el servidor. Comprueba la conexión y vuelve a intentarlo.',
  'refusal.invalid_request': str`No se aceptó: ${0}`,
};
