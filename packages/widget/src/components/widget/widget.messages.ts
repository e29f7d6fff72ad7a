import type { Catalog } from '../../i18n/locales.js';

/** The widget's own words: step headings, notices and errors. */
interface WidgetMessages {
  loading: string;
  unavailable: string;
  chooseService: (business: string) => string;
  withWhom: (service: string) => string;
  chooseDay: (service: string) => string;
  yourDetails: string;
  back: string;
  changeTime: string;
  timesShownIn: string;
  timesAtBusiness: (zone: string) => string;
  takenWithAlternatives: string;
  takenNoAlternatives: string;
  networkError: string;
  reference: (requestId: string) => string;
  tryAgain: string;
  poweredBy: string;
  misconfigured: string;
  manageMissingToken: string;
}

export const widgetMessages: Catalog<WidgetMessages> = {
  en: {
    loading: 'Loading',
    unavailable: 'This business has no services to book right now.',
    chooseService: (business) => `${business}: choose a service`,
    withWhom: (service) => `${service}: with whom?`,
    chooseDay: (service) => `${service}: choose a day`,
    yourDetails: 'Your details',
    back: '← Back',
    changeTime: '← Change time',
    timesShownIn: 'Times are shown in',
    timesAtBusiness: (zone) => `Times are local to the business (${zone}), where you will meet.`,
    takenWithAlternatives:
      'Sorry, someone booked that time a moment ago. These times nearby are still free:',
    takenNoAlternatives:
      'Sorry, someone booked that time a moment ago. Please choose another time.',
    networkError: 'We could not reach the booking service. Please try again.',
    reference: (requestId) => `(reference ${requestId})`,
    tryAgain: 'Try again',
    poweredBy: 'Powered by Bookafy',
    misconfigured: 'This booking widget needs a publishable key or an account.',
    manageMissingToken: 'This link is incomplete: open the manage link from your confirmation.',
  },
  es: {
    loading: 'Cargando',
    unavailable: 'Este negocio no tiene servicios disponibles para reservar ahora mismo.',
    chooseService: (business) => `${business}: elige un servicio`,
    withWhom: (service) => `${service}: ¿con quién?`,
    chooseDay: (service) => `${service}: elige un día`,
    yourDetails: 'Tus datos',
    back: '← Atrás',
    changeTime: '← Cambiar hora',
    timesShownIn: 'Horas mostradas en',
    timesAtBusiness: (zone) => `Las horas son las del negocio (${zone}), donde os veréis.`,
    takenWithAlternatives:
      'Lo sentimos, alguien acaba de reservar esa hora. Estas horas cercanas siguen libres:',
    takenNoAlternatives: 'Lo sentimos, alguien acaba de reservar esa hora. Elige otra, por favor.',
    networkError: 'No pudimos contactar con el servicio de reservas. Inténtalo de nuevo.',
    reference: (requestId) => `(referencia ${requestId})`,
    tryAgain: 'Reintentar',
    poweredBy: 'Con la tecnología de Bookafy',
    misconfigured: 'Este widget de reservas necesita una clave publicable o una cuenta.',
    manageMissingToken:
      'Este enlace está incompleto: abre el enlace de gestión de tu confirmación.',
  },
  fr: {
    loading: 'Chargement',
    unavailable: 'Cet établissement ne propose aucun service à réserver pour le moment.',
    chooseService: (business) => `${business} : choisissez une prestation`,
    withWhom: (service) => `${service} : avec qui ?`,
    chooseDay: (service) => `${service} : choisissez un jour`,
    yourDetails: 'Vos coordonnées',
    back: '← Retour',
    changeTime: '← Changer d’horaire',
    timesShownIn: 'Horaires affichés en',
    timesAtBusiness: (zone) =>
      `Les horaires sont ceux de l’établissement (${zone}), où aura lieu le rendez-vous.`,
    takenWithAlternatives:
      'Désolé, quelqu’un vient de réserver cet horaire. Ces horaires proches sont encore libres :',
    takenNoAlternatives:
      'Désolé, quelqu’un vient de réserver cet horaire. Veuillez en choisir un autre.',
    networkError: 'Impossible de joindre le service de réservation. Veuillez réessayer.',
    reference: (requestId) => `(référence ${requestId})`,
    tryAgain: 'Réessayer',
    poweredBy: 'Propulsé par Bookafy',
    misconfigured: 'Ce widget de réservation a besoin d’une clé publique ou d’un compte.',
    manageMissingToken: 'Ce lien est incomplet : ouvrez le lien de gestion de votre confirmation.',
  },
  de: {
    loading: 'Wird geladen',
    unavailable: 'Dieses Unternehmen bietet gerade keine buchbaren Leistungen an.',
    chooseService: (business) => `${business}: Leistung wählen`,
    withWhom: (service) => `${service}: bei wem?`,
    chooseDay: (service) => `${service}: Tag wählen`,
    yourDetails: 'Ihre Angaben',
    back: '← Zurück',
    changeTime: '← Uhrzeit ändern',
    timesShownIn: 'Uhrzeiten in',
    timesAtBusiness: (zone) =>
      `Uhrzeiten in Ortszeit des Unternehmens (${zone}), wo der Termin stattfindet.`,
    takenWithAlternatives:
      'Leider hat gerade jemand diese Uhrzeit gebucht. Diese Zeiten in der Nähe sind noch frei:',
    takenNoAlternatives:
      'Leider hat gerade jemand diese Uhrzeit gebucht. Bitte wählen Sie eine andere.',
    networkError: 'Der Buchungsdienst ist nicht erreichbar. Bitte versuchen Sie es erneut.',
    reference: (requestId) => `(Referenz ${requestId})`,
    tryAgain: 'Erneut versuchen',
    poweredBy: 'Bereitgestellt von Bookafy',
    misconfigured: 'Dieses Buchungs-Widget braucht einen öffentlichen Schlüssel oder ein Konto.',
    manageMissingToken:
      'Dieser Link ist unvollständig: Öffnen Sie den Verwaltungslink aus Ihrer Bestätigung.',
  },
  'pt-BR': {
    loading: 'Carregando',
    unavailable: 'Esta empresa não tem serviços disponíveis para agendar no momento.',
    chooseService: (business) => `${business}: escolha um serviço`,
    withWhom: (service) => `${service}: com quem?`,
    chooseDay: (service) => `${service}: escolha um dia`,
    yourDetails: 'Seus dados',
    back: '← Voltar',
    changeTime: '← Mudar horário',
    timesShownIn: 'Horários em',
    timesAtBusiness: (zone) =>
      `Os horários são os do local de atendimento (${zone}), onde vocês vão se encontrar.`,
    takenWithAlternatives:
      'Desculpe, alguém acabou de reservar esse horário. Estes horários próximos estão livres:',
    takenNoAlternatives:
      'Desculpe, alguém acabou de reservar esse horário. Escolha outro, por favor.',
    networkError: 'Não foi possível acessar o serviço de agendamento. Tente novamente.',
    reference: (requestId) => `(referência ${requestId})`,
    tryAgain: 'Tentar novamente',
    poweredBy: 'Desenvolvido por Bookafy',
    misconfigured: 'Este widget de agendamento precisa de uma chave publicável ou de uma conta.',
    manageMissingToken:
      'Este link está incompleto: abra o link de gerenciamento da sua confirmação.',
  },
  ar: {
    loading: 'جارٍ التحميل',
    unavailable: 'لا تتوفر لدى هذا النشاط خدمات للحجز حاليًا.',
    chooseService: (business) => `${business}: اختر خدمة`,
    withWhom: (service) => `${service}: مع من؟`,
    chooseDay: (service) => `${service}: اختر يومًا`,
    yourDetails: 'بياناتك',
    back: '→ رجوع',
    changeTime: '→ تغيير الوقت',
    timesShownIn: 'الأوقات معروضة بتوقيت',
    timesAtBusiness: (zone) => `الأوقات بالتوقيت المحلي للنشاط (${zone}) حيث سيكون الموعد.`,
    takenWithAlternatives: 'عذرًا، حجز شخص آخر هذا الوقت للتو. هذه الأوقات القريبة ما زالت متاحة:',
    takenNoAlternatives: 'عذرًا، حجز شخص آخر هذا الوقت للتو. يُرجى اختيار وقت آخر.',
    networkError: 'تعذّر الوصول إلى خدمة الحجز. يُرجى المحاولة مرة أخرى.',
    reference: (requestId) => `(المرجع ${requestId})`,
    tryAgain: 'إعادة المحاولة',
    poweredBy: 'مدعوم من Bookafy',
    misconfigured: 'تحتاج أداة الحجز هذه إلى مفتاح عام أو حساب.',
    manageMissingToken: 'هذا الرابط غير مكتمل: افتح رابط الإدارة من رسالة التأكيد.',
  },
};
