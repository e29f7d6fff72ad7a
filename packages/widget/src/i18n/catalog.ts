import type { BookingFormMessages } from '../components/booking-form/booking-form.messages.js';
import type { ButtonMessages } from '../components/button/button.messages.js';
import type { CalendarMessages } from '../components/calendar/calendar.messages.js';
import type { ConfirmationMessages } from '../components/confirmation/confirmation.messages.js';
import type { ManageMessages } from '../components/manage/manage.messages.js';
import type { ModalMessages } from '../components/modal/modal.messages.js';
import type { ServiceListMessages } from '../components/service-list/service-list.messages.js';
import type { StaffListMessages } from '../components/staff-list/staff-list.messages.js';
import type { TimeListMessages } from '../components/time-list/time-list.messages.js';
import type { WidgetMessages } from '../components/widget/widget.messages.js';
import type { ZonePickerMessages } from '../components/zone-picker/zone-picker.messages.js';

/**
 * Every element's words in one language. English is built into each element; every other
 * language is one `translations/<locale>.ts` module of this shape, loaded when a widget first
 * needs it, so a visitor downloads only their own language.
 */
export interface Translation {
  bookingForm: BookingFormMessages;
  button: ButtonMessages;
  calendar: CalendarMessages;
  confirmation: ConfirmationMessages;
  manage: ManageMessages;
  modal: ModalMessages;
  serviceList: ServiceListMessages;
  staffList: StaffListMessages;
  timeList: TimeListMessages;
  widget: WidgetMessages;
  zonePicker: ZonePickerMessages;
}

/** One element's entry in a {@link Translation}. */
export type CatalogKey = keyof Translation;

/** An element's words: its English built in, and where its other languages are found. */
export interface Catalog<Key extends CatalogKey> {
  readonly key: Key;
  readonly en: Translation[Key];
}

/**
 * Declares an element's English words under its key in every translation.
 *
 * @example
 * export const calendarMessages = defineCatalog('calendar', { nextMonth: 'Next month' });
 */
export function defineCatalog<Key extends CatalogKey>(
  key: Key,
  en: Translation[Key],
): Catalog<Key> {
  return { key, en };
}
