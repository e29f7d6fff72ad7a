import type { Catalog } from '../../i18n/locales.js';

/** The words of `<bookafy-confirmation>`; the dates and times come from `Intl`. */
export interface ConfirmationMessages {
  heading: string;
  service: string;
  when: string;
  /** The label of the time as the business's clock reads it. */
  forBusiness: (business: string) => string;
  name: string;
  reference: string;
  addToCalendar: string;
  calendarFile: string;
  googleCalendar: string;
  manageBooking: string;
  /** Said after a link that opens in a new tab. */
  newTab: string;
  /** The title of the calendar entry. */
  entryTitle: (service: string, business: string) => string;
}

/** `<bookafy-confirmation>`'s words in every supported locale. */
export const confirmationMessages: Catalog<ConfirmationMessages> = {
  en: {
    heading: "You're booked",
    service: 'Service',
    when: 'When',
    forBusiness: (business) => `For ${business}`,
    name: 'Name',
    reference: 'Reference',
    addToCalendar: 'Add to calendar',
    calendarFile: 'Calendar file (.ics)',
    googleCalendar: 'Google Calendar',
    manageBooking: 'Manage booking',
    newTab: '(opens in a new tab)',
    entryTitle: (service, business) => `${service} with ${business}`,
  },
  es: {
    heading: 'Tu reserva está confirmada',
    service: 'Servicio',
    when: 'Cuándo',
    forBusiness: (business) => `Para ${business}`,
    name: 'Nombre',
    reference: 'Referencia',
    addToCalendar: 'Añadir al calendario',
    calendarFile: 'Archivo de calendario (.ics)',
    googleCalendar: 'Google Calendar',
    manageBooking: 'Gestionar la reserva',
    newTab: '(se abre en una pestaña nueva)',
    entryTitle: (service, business) => `${service} con ${business}`,
  },
  fr: {
    heading: 'Votre réservation est confirmée',
    service: 'Prestation',
    when: 'Quand',
    forBusiness: (business) => `Pour ${business}`,
    name: 'Nom',
    reference: 'Référence',
    addToCalendar: 'Ajouter au calendrier',
    calendarFile: 'Fichier de calendrier (.ics)',
    googleCalendar: 'Google Agenda',
    manageBooking: 'Gérer la réservation',
    newTab: '(s’ouvre dans un nouvel onglet)',
    entryTitle: (service, business) => `${service} chez ${business}`,
  },
  de: {
    heading: 'Ihr Termin ist gebucht',
    service: 'Leistung',
    when: 'Wann',
    forBusiness: (business) => `Bei ${business}`,
    name: 'Name',
    reference: 'Buchungsnummer',
    addToCalendar: 'Zum Kalender hinzufügen',
    calendarFile: 'Kalenderdatei (.ics)',
    googleCalendar: 'Google Kalender',
    manageBooking: 'Buchung verwalten',
    newTab: '(öffnet in einem neuen Tab)',
    entryTitle: (service, business) => `${service} bei ${business}`,
  },
  'pt-BR': {
    heading: 'Seu agendamento está confirmado',
    service: 'Serviço',
    when: 'Quando',
    forBusiness: (business) => `Para ${business}`,
    name: 'Nome',
    reference: 'Código da reserva',
    addToCalendar: 'Adicionar à agenda',
    calendarFile: 'Arquivo de calendário (.ics)',
    googleCalendar: 'Google Agenda',
    manageBooking: 'Gerenciar agendamento',
    newTab: '(abre em uma nova aba)',
    entryTitle: (service, business) => `${service} com ${business}`,
  },
  ar: {
    heading: 'تم تأكيد حجزك',
    service: 'الخدمة',
    when: 'الموعد',
    forBusiness: (business) => `بتوقيت ${business}`,
    name: 'الاسم',
    reference: 'رقم الحجز',
    addToCalendar: 'أضف إلى التقويم',
    calendarFile: 'ملف التقويم (.ics)',
    googleCalendar: 'تقويم Google',
    manageBooking: 'إدارة الحجز',
    newTab: '(يفتح في علامة تبويب جديدة)',
    entryTitle: (service, business) => `${service} لدى ${business}`,
  },
};
