import type { Booking } from '@bookafy/sdk';

import type { Catalog } from '../../i18n/locales.js';

/** The words of `<bookafy-manage>`; times and dates come from `Intl` in the same locale. */
export interface ManageMessages {
  loading: string;
  bookingHeading: string;
  service: string;
  staff: string;
  when: string;
  /** The label of the time as the business states it. */
  businessTime: (business: string) => string;
  status: string;
  reference: string;
  statuses: Record<Booking['status'], string>;
  reschedule: string;
  cancel: string;
  cancelledNote: string;
  pastNote: string;
  missingHeading: string;
  missing: string;
  rescheduleHeading: string;
  currently: (when: string) => string;
  timesShownIn: (zone: string) => string;
  backToBooking: string;
  moveTo: (when: string) => string;
  confirmMove: string;
  chooseAnother: string;
  slotTaken: string;
  movedHeading: string;
  cancelHeading: string;
  reasonLabel: string;
  confirmCancel: string;
  keepBooking: string;
  cancelledHeading: string;
  cancelledText: string;
  failed: string;
  refused: string;
  requestId: (id: string) => string;
  retry: string;
}

/** `<bookafy-manage>`'s strings in every supported locale. */
export const manageMessages: Catalog<ManageMessages> = {
  en: {
    loading: 'Loading your booking',
    bookingHeading: 'Your booking',
    service: 'Service',
    staff: 'With',
    when: 'When',
    businessTime: (business) => `Time for ${business}`,
    status: 'Status',
    reference: 'Reference',
    statuses: {
      confirmed: 'Confirmed',
      pending: 'Waiting for the business to confirm',
      cancelled: 'Cancelled',
    },
    reschedule: 'Reschedule',
    cancel: 'Cancel booking',
    cancelledNote: 'This booking is cancelled, so it can no longer be changed.',
    pastNote: 'This appointment is in the past, so it can no longer be changed.',
    missingHeading: 'Booking not found',
    missing:
      'We could not find this booking. Please open the link from your confirmation email ' +
      'again, making sure it is complete.',
    rescheduleHeading: 'Choose a new time',
    currently: (when) => `Currently booked for ${when}.`,
    timesShownIn: (zone) => `Times are shown in ${zone}.`,
    backToBooking: 'Back to your booking',
    moveTo: (when) => `Move to ${when}?`,
    confirmMove: 'Yes, move my booking',
    chooseAnother: 'Choose another time',
    slotTaken: 'Sorry, someone booked that time a moment ago. Please choose another time.',
    movedHeading: 'Your booking has moved',
    cancelHeading: 'Cancel this booking?',
    reasonLabel: 'Reason (optional)',
    confirmCancel: 'Yes, cancel booking',
    keepBooking: 'Keep my booking',
    cancelledHeading: 'Your booking is cancelled',
    cancelledText: 'The time is free again for others. You are welcome to book again any time.',
    failed: 'We could not reach the booking service. Please try again.',
    refused: 'The booking service could not complete this request. Please try again.',
    requestId: (id) => `Reference for support: ${id}`,
    retry: 'Try again',
  },
  es: {
    loading: 'Cargando tu reserva',
    bookingHeading: 'Tu reserva',
    service: 'Servicio',
    staff: 'Con',
    when: 'Cuándo',
    businessTime: (business) => `Hora de ${business}`,
    status: 'Estado',
    reference: 'Referencia',
    statuses: {
      confirmed: 'Confirmada',
      pending: 'Pendiente de confirmación del negocio',
      cancelled: 'Cancelada',
    },
    reschedule: 'Cambiar la hora',
    cancel: 'Cancelar la reserva',
    cancelledNote: 'Esta reserva está cancelada, así que ya no se puede modificar.',
    pastNote: 'Esta cita ya ha pasado, así que ya no se puede modificar.',
    missingHeading: 'Reserva no encontrada',
    missing:
      'No hemos encontrado esta reserva. Vuelve a abrir el enlace de tu correo de ' +
      'confirmación y comprueba que esté completo.',
    rescheduleHeading: 'Elige una nueva hora',
    currently: (when) => `Reservada ahora para el ${when}.`,
    timesShownIn: (zone) => `Las horas se muestran en ${zone}.`,
    backToBooking: 'Volver a tu reserva',
    moveTo: (when) => `¿Mover al ${when}?`,
    confirmMove: 'Sí, mover mi reserva',
    chooseAnother: 'Elegir otra hora',
    slotTaken: 'Lo sentimos, alguien acaba de reservar esa hora. Elige otra, por favor.',
    movedHeading: 'Tu reserva se ha cambiado',
    cancelHeading: '¿Cancelar esta reserva?',
    reasonLabel: 'Motivo (opcional)',
    confirmCancel: 'Sí, cancelar la reserva',
    keepBooking: 'Mantener mi reserva',
    cancelledHeading: 'Tu reserva está cancelada',
    cancelledText: 'La hora vuelve a estar libre. Puedes reservar de nuevo cuando quieras.',
    failed: 'No hemos podido conectar con el servicio de reservas. Inténtalo de nuevo.',
    refused: 'El servicio de reservas no ha podido completar la solicitud. Inténtalo de nuevo.',
    requestId: (id) => `Referencia para soporte: ${id}`,
    retry: 'Reintentar',
  },
  fr: {
    loading: 'Chargement de votre réservation',
    bookingHeading: 'Votre réservation',
    service: 'Prestation',
    staff: 'Avec',
    when: 'Quand',
    businessTime: (business) => `Heure pour ${business}`,
    status: 'Statut',
    reference: 'Référence',
    statuses: {
      confirmed: 'Confirmée',
      pending: 'En attente de confirmation',
      cancelled: 'Annulée',
    },
    reschedule: 'Changer l’horaire',
    cancel: 'Annuler la réservation',
    cancelledNote: 'Cette réservation est annulée et ne peut plus être modifiée.',
    pastNote: 'Ce rendez-vous est passé et ne peut plus être modifié.',
    missingHeading: 'Réservation introuvable',
    missing:
      'Nous ne trouvons pas cette réservation. Rouvrez le lien de votre e-mail de ' +
      'confirmation en vérifiant qu’il est complet.',
    rescheduleHeading: 'Choisissez un nouvel horaire',
    currently: (when) => `Réservé actuellement pour le ${when}.`,
    timesShownIn: (zone) => `Les horaires sont indiqués en ${zone}.`,
    backToBooking: 'Retour à votre réservation',
    moveTo: (when) => `Déplacer au ${when} ?`,
    confirmMove: 'Oui, déplacer ma réservation',
    chooseAnother: 'Choisir un autre horaire',
    slotTaken: 'Désolé, quelqu’un vient de réserver cet horaire. Veuillez en choisir un autre.',
    movedHeading: 'Votre réservation a été déplacée',
    cancelHeading: 'Annuler cette réservation ?',
    reasonLabel: 'Motif (facultatif)',
    confirmCancel: 'Oui, annuler la réservation',
    keepBooking: 'Garder ma réservation',
    cancelledHeading: 'Votre réservation est annulée',
    cancelledText: 'Le créneau est de nouveau libre. Vous pouvez réserver à nouveau à tout moment.',
    failed: 'Impossible de joindre le service de réservation. Veuillez réessayer.',
    refused: 'Le service de réservation n’a pas pu traiter la demande. Veuillez réessayer.',
    requestId: (id) => `Référence pour l’assistance : ${id}`,
    retry: 'Réessayer',
  },
  de: {
    loading: 'Ihre Buchung wird geladen',
    bookingHeading: 'Ihre Buchung',
    service: 'Leistung',
    staff: 'Mit',
    when: 'Wann',
    businessTime: (business) => `Uhrzeit bei ${business}`,
    status: 'Status',
    reference: 'Referenz',
    statuses: {
      confirmed: 'Bestätigt',
      pending: 'Wartet auf Bestätigung',
      cancelled: 'Storniert',
    },
    reschedule: 'Verschieben',
    cancel: 'Buchung stornieren',
    cancelledNote: 'Diese Buchung ist storniert und kann nicht mehr geändert werden.',
    pastNote: 'Dieser Termin liegt in der Vergangenheit und kann nicht mehr geändert werden.',
    missingHeading: 'Buchung nicht gefunden',
    missing:
      'Wir konnten diese Buchung nicht finden. Bitte öffnen Sie den Link aus Ihrer ' +
      'Bestätigungs-E-Mail erneut und vollständig.',
    rescheduleHeading: 'Neue Uhrzeit wählen',
    currently: (when) => `Derzeit gebucht für ${when}.`,
    timesShownIn: (zone) => `Zeitzone der Uhrzeiten: ${zone}.`,
    backToBooking: 'Zurück zu Ihrer Buchung',
    moveTo: (when) => `Auf ${when} verschieben?`,
    confirmMove: 'Ja, Buchung verschieben',
    chooseAnother: 'Andere Uhrzeit wählen',
    slotTaken: 'Diese Uhrzeit wurde leider gerade gebucht. Bitte wählen Sie eine andere.',
    movedHeading: 'Ihre Buchung wurde verschoben',
    cancelHeading: 'Diese Buchung stornieren?',
    reasonLabel: 'Grund (optional)',
    confirmCancel: 'Ja, Buchung stornieren',
    keepBooking: 'Buchung behalten',
    cancelledHeading: 'Ihre Buchung ist storniert',
    cancelledText: 'Die Uhrzeit ist wieder frei. Sie können jederzeit neu buchen.',
    failed: 'Der Buchungsdienst ist nicht erreichbar. Bitte versuchen Sie es erneut.',
    refused:
      'Der Buchungsdienst konnte die Anfrage nicht ausführen. Bitte versuchen Sie es erneut.',
    requestId: (id) => `Referenz für den Support: ${id}`,
    retry: 'Erneut versuchen',
  },
  'pt-BR': {
    loading: 'Carregando seu agendamento',
    bookingHeading: 'Seu agendamento',
    service: 'Serviço',
    staff: 'Com',
    when: 'Quando',
    businessTime: (business) => `Horário de ${business}`,
    status: 'Situação',
    reference: 'Referência',
    statuses: {
      confirmed: 'Confirmado',
      pending: 'Aguardando confirmação',
      cancelled: 'Cancelado',
    },
    reschedule: 'Remarcar',
    cancel: 'Cancelar agendamento',
    cancelledNote: 'Este agendamento foi cancelado e não pode mais ser alterado.',
    pastNote: 'Este horário já passou, por isso o agendamento não pode mais ser alterado.',
    missingHeading: 'Agendamento não encontrado',
    missing:
      'Não encontramos este agendamento. Abra novamente o link do seu e-mail de ' +
      'confirmação e verifique se ele está completo.',
    rescheduleHeading: 'Escolha um novo horário',
    currently: (when) => `Agendado atualmente para ${when}.`,
    timesShownIn: (zone) => `Horários no fuso: ${zone}.`,
    backToBooking: 'Voltar ao seu agendamento',
    moveTo: (when) => `Remarcar para ${when}?`,
    confirmMove: 'Sim, remarcar',
    chooseAnother: 'Escolher outro horário',
    slotTaken: 'Desculpe, alguém acabou de reservar esse horário. Escolha outro, por favor.',
    movedHeading: 'Seu agendamento foi remarcado',
    cancelHeading: 'Cancelar este agendamento?',
    reasonLabel: 'Motivo (opcional)',
    confirmCancel: 'Sim, cancelar agendamento',
    keepBooking: 'Manter meu agendamento',
    cancelledHeading: 'Seu agendamento foi cancelado',
    cancelledText: 'O horário ficou livre novamente. Você pode agendar de novo quando quiser.',
    failed: 'Não foi possível acessar o serviço de agendamento. Tente novamente.',
    refused: 'O serviço de agendamento não conseguiu concluir o pedido. Tente novamente.',
    requestId: (id) => `Referência para o suporte: ${id}`,
    retry: 'Tentar novamente',
  },
  ar: {
    loading: 'جارٍ تحميل حجزك',
    bookingHeading: 'حجزك',
    service: 'الخدمة',
    staff: 'مع',
    when: 'الموعد',
    businessTime: (business) => `التوقيت لدى ${business}`,
    status: 'الحالة',
    reference: 'المرجع',
    statuses: {
      confirmed: 'مؤكَّد',
      pending: 'بانتظار التأكيد',
      cancelled: 'ملغى',
    },
    reschedule: 'تغيير الموعد',
    cancel: 'إلغاء الحجز',
    cancelledNote: 'هذا الحجز ملغى، لذا لم يعد من الممكن تغييره.',
    pastNote: 'هذا الموعد قد مضى، لذا لم يعد من الممكن تغييره.',
    missingHeading: 'لم يُعثر على الحجز',
    missing: 'لم نتمكن من العثور على هذا الحجز. يُرجى فتح الرابط الكامل من رسالة التأكيد مرة أخرى.',
    rescheduleHeading: 'اختر موعدًا جديدًا',
    currently: (when) => `الموعد الحالي: ${when}.`,
    timesShownIn: (zone) => `الأوقات معروضة بتوقيت ${zone}.`,
    backToBooking: 'العودة إلى حجزك',
    moveTo: (when) => `نقل الموعد إلى ${when}؟`,
    confirmMove: 'نعم، انقل حجزي',
    chooseAnother: 'اختر وقتًا آخر',
    slotTaken: 'عذرًا، حجز شخص آخر هذا الوقت للتو. يُرجى اختيار وقت آخر.',
    movedHeading: 'تم نقل حجزك',
    cancelHeading: 'إلغاء هذا الحجز؟',
    reasonLabel: 'السبب (اختياري)',
    confirmCancel: 'نعم، ألغِ الحجز',
    keepBooking: 'الإبقاء على حجزي',
    cancelledHeading: 'تم إلغاء حجزك',
    cancelledText: 'أصبح هذا الوقت متاحًا للآخرين من جديد. يمكنك الحجز مرة أخرى في أي وقت.',
    failed: 'تعذّر الوصول إلى خدمة الحجز. يُرجى المحاولة مرة أخرى.',
    refused: 'تعذّر على خدمة الحجز إتمام الطلب. يُرجى المحاولة مرة أخرى.',
    requestId: (id) => `المرجع للدعم الفني: ${id}`,
    retry: 'إعادة المحاولة',
  },
};
