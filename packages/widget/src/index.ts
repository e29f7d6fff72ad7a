/**
 * @bookafy/widget: Lit custom elements for booking. Importing this module registers them and
 * loads languages other than English as separate chunks when a widget needs them.
 *
 * @example
 * import '@bookafy/widget';
 * document.body.append(Object.assign(document.createElement('bookafy-widget'), {
 *   publishableKey: 'pk_…',
 * }));
 */
import { importTranslation } from './i18n/import-translation.js';
import { setTranslationLoader } from './i18n/translations.js';

setTranslationLoader(importTranslation);

export { defineElements } from './define.js';
export { registerTranslation, setTranslationLoader } from './i18n/translations.js';
export type { Translation } from './i18n/catalog.js';
export { supportedLocales, type SupportedLocale } from './i18n/locales.js';
export type { FormValues, Prefill } from './components/booking-form/booking-form.js';
export type { DetailsSubmitDetail } from './events/details-submit.js';
export { BookafyWidget } from './components/widget/widget.js';
export type { BookafyWidgetSettings } from './components/widget/widget.attributes.js';
export { BookafyServiceList } from './components/service-list/service-list.js';
export { BookafyStaffList } from './components/staff-list/staff-list.js';
export { BookafyCalendar } from './components/calendar/calendar.js';
export { BookafyTimeList } from './components/time-list/time-list.js';
export { BookafyBookingForm } from './components/booking-form/booking-form.js';
export { BookafyConfirmation } from './components/confirmation/confirmation.js';
export { BookafyButton } from './components/button/button.js';
export { BookafyManage } from './components/manage/manage.js';
export { BookafyModal } from './components/modal/modal.js';
export { BookafyZonePicker } from './components/zone-picker/zone-picker.js';
export { BookafyReadyEvent } from './events/ready.js';
export { BookafyServiceSelectEvent } from './events/service-select.js';
export { BookafyStaffSelectEvent } from './events/staff-select.js';
export { BookafyDateSelectEvent } from './events/date-select.js';
export { BookafyMonthChangeEvent } from './events/month-change.js';
export { BookafySlotSelectEvent } from './events/slot-select.js';
export { BookafyDetailsSubmitEvent } from './events/details-submit.js';
export { BookafyBookedEvent } from './events/booked.js';
export { BookafyErrorEvent } from './events/error.js';
export { BookafyRescheduledEvent } from './events/rescheduled.js';
export { BookafyCancelledEvent } from './events/cancelled.js';
export { BookafyZoneChangeEvent } from './events/zone-change.js';
export type { BookafyEventMap } from './events/event-map.js';
