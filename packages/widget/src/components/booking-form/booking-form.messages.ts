import type { Catalog } from '../../i18n/locales.js';

/** The words of the details form in one language. */
export interface BookingFormMessages {
  name: string;
  email: string;
  phone: string;
  /** A label marked as not required. */
  optional: (label: string) => string;
  /** The empty first option of a choice question. */
  choose: string;
  submit: string;
  submitting: string;
  /** The note under a field that the embedding site filled in and locked. */
  prefilled: string;
  nameRequired: string;
  emailRequired: string;
  phoneRequired: string;
  answerRequired: string;
  choiceRequired: string;
  checkboxRequired: string;
  emailFormat: string;
  phoneFormat: string;
  /** A value over the limit; both numbers come already formatted for the locale. */
  tooLong: (max: string, length: string) => string;
  /** One field's error, announced when the visitor leaves the field. */
  fieldError: (label: string, error: string) => string;
  /** Announced when a submit is refused; `fields` is the locale's list of labels. */
  summary: (fields: string) => string;
}

// French puts a narrow no-break space (U+202F) before ';' and ':'. Arabic sentences isolate
// Latin examples (U+2066…U+2069) so that the plus sign and the dots stay where a reader of a
// right-to-left line expects them.
/** The details form's words in every supported language. */
export const bookingFormMessages: Catalog<BookingFormMessages> = {
  en: {
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    optional: (label) => `${label} (optional)`,
    choose: 'Choose…',
    submit: 'Book',
    submitting: 'Booking…',
    prefilled: 'Filled in for you',
    nameRequired: 'Enter your name.',
    emailRequired: 'Enter your email address.',
    phoneRequired: 'Enter your phone number.',
    answerRequired: 'Answer this question.',
    choiceRequired: 'Choose an option.',
    checkboxRequired: 'Tick this box to continue.',
    emailFormat: 'Enter an email address such as name@example.com.',
    phoneFormat: 'Enter a phone number such as +44 20 7946 0958.',
    tooLong: (max, length) => `Use at most ${max} characters; this has ${length}.`,
    fieldError: (label, error) => `${label}: ${error}`,
    summary: (fields) => `Check these details: ${fields}.`,
  },
  es: {
    name: 'Nombre',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    optional: (label) => `${label} (opcional)`,
    choose: 'Elige una opción…',
    submit: 'Reservar',
    submitting: 'Reservando…',
    prefilled: 'Completado automáticamente',
    nameRequired: 'Escribe tu nombre.',
    emailRequired: 'Escribe tu correo electrónico.',
    phoneRequired: 'Escribe tu número de teléfono.',
    answerRequired: 'Responde a esta pregunta.',
    choiceRequired: 'Elige una opción.',
    checkboxRequired: 'Marca esta casilla para continuar.',
    emailFormat: 'Escribe un correo electrónico como nombre@ejemplo.com.',
    phoneFormat: 'Escribe un número de teléfono como +34 912 345 678.',
    tooLong: (max, length) => `Usa como máximo ${max} caracteres; ahora hay ${length}.`,
    fieldError: (label, error) => `${label}: ${error}`,
    summary: (fields) => `Revisa estos datos: ${fields}.`,
  },
  fr: {
    name: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    optional: (label) => `${label} (facultatif)`,
    choose: 'Choisissez…',
    submit: 'Réserver',
    submitting: 'Réservation en cours…',
    prefilled: 'Prérempli pour vous',
    nameRequired: 'Saisissez votre nom.',
    emailRequired: 'Saisissez votre adresse e-mail.',
    phoneRequired: 'Saisissez votre numéro de téléphone.',
    answerRequired: 'Répondez à cette question.',
    choiceRequired: 'Choisissez une option.',
    checkboxRequired: 'Cochez cette case pour continuer.',
    emailFormat: 'Saisissez une adresse e-mail comme nom@exemple.fr.',
    phoneFormat: 'Saisissez un numéro de téléphone comme +33 1 23 45 67 89.',
    tooLong: (max, length) => `${max} caractères au maximum\u202f; ce champ en contient ${length}.`,
    fieldError: (label, error) => `${label}\u202f: ${error}`,
    summary: (fields) => `Vérifiez ces informations\u202f: ${fields}.`,
  },
  de: {
    name: 'Name',
    email: 'E-Mail-Adresse',
    phone: 'Telefonnummer',
    optional: (label) => `${label} (optional)`,
    choose: 'Bitte wählen…',
    submit: 'Buchen',
    submitting: 'Wird gebucht…',
    prefilled: 'Bereits für Sie ausgefüllt',
    nameRequired: 'Geben Sie Ihren Namen ein.',
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
    phoneRequired: 'Geben Sie Ihre Telefonnummer ein.',
    answerRequired: 'Beantworten Sie diese Frage.',
    choiceRequired: 'Wählen Sie eine Option aus.',
    checkboxRequired: 'Setzen Sie hier ein Häkchen, um fortzufahren.',
    emailFormat: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
    phoneFormat: 'Geben Sie eine Telefonnummer wie +49 30 1234567 ein.',
    tooLong: (max, length) => `Höchstens ${max} Zeichen erlaubt; derzeit sind es ${length}.`,
    fieldError: (label, error) => `${label}: ${error}`,
    summary: (fields) => `Bitte prüfen Sie diese Angaben: ${fields}.`,
  },
  'pt-BR': {
    name: 'Nome',
    email: 'E-mail',
    phone: 'Telefone',
    optional: (label) => `${label} (opcional)`,
    choose: 'Selecione…',
    submit: 'Agendar',
    submitting: 'Agendando…',
    prefilled: 'Preenchido para você',
    nameRequired: 'Informe seu nome.',
    emailRequired: 'Informe seu e-mail.',
    phoneRequired: 'Informe seu telefone.',
    answerRequired: 'Responda a esta pergunta.',
    choiceRequired: 'Selecione uma opção.',
    checkboxRequired: 'Marque esta caixa para continuar.',
    emailFormat: 'Informe um e-mail como nome@exemplo.com.br.',
    phoneFormat: 'Informe um telefone como +55 11 91234-5678.',
    tooLong: (max, length) => `Use no máximo ${max} caracteres; agora são ${length}.`,
    fieldError: (label, error) => `${label}: ${error}`,
    summary: (fields) => `Confira estes dados: ${fields}.`,
  },
  ar: {
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    phone: 'رقم الهاتف',
    optional: (label) => `${label} (اختياري)`,
    choose: 'اختر…',
    submit: 'احجز',
    submitting: 'جارٍ الحجز…',
    prefilled: 'تمت تعبئته مسبقًا',
    nameRequired: 'أدخل اسمك.',
    emailRequired: 'أدخل بريدك الإلكتروني.',
    phoneRequired: 'أدخل رقم هاتفك.',
    answerRequired: 'أجب عن هذا السؤال.',
    choiceRequired: 'اختر أحد الخيارات.',
    checkboxRequired: 'حدّد هذا المربع للمتابعة.',
    emailFormat: 'أدخل بريدًا إلكترونيًا مثل \u2066name@example.com\u2069.',
    phoneFormat: 'أدخل رقم هاتف مثل \u2066+971 4 123 4567\u2069.',
    tooLong: (max, length) =>
      `الحد الأقصى لعدد الأحرف هو ${max}، والنص الحالي يحتوي على ${length}.`,
    fieldError: (label, error) => `${label}: ${error}`,
    summary: (fields) => `يُرجى مراجعة هذه البيانات: ${fields}.`,
  },
};
