import type { LocaleModule } from '@lit/localize';

/** Spanish texts of the console's sign-up form, by message id. */
export const templates: LocaleModule['templates'] = {
  'signUp.emailTaken': 'Ya existe un usuario con este correo. Inicia sesión.',
  'signUp.tooMany': 'Demasiados registros desde aquí. Inténtalo de nuevo en un minuto.',
  'signUp.title': 'Crea tu página de reservas',
  'signUp.businessName': 'Nombre del negocio',
  'signUp.timeZone': 'Zona horaria del negocio',
  'signUp.name': 'Tu nombre',
  'signUp.password': 'Contraseña (al menos 10 caracteres)',
  'signUp.submit': 'Crear cuenta',
};
