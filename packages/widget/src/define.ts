import { BookafyButton } from './components/button/button.js';
import { BookafyBookingForm } from './components/booking-form/booking-form.js';
import { BookafyCalendar } from './components/calendar/calendar.js';
import { BookafyConfirmation } from './components/confirmation/confirmation.js';
import { BookafyManage } from './components/manage/manage.js';
import { BookafyModal } from './components/modal/modal.js';
import { BookafyServiceList } from './components/service-list/service-list.js';
import { BookafyStaffList } from './components/staff-list/staff-list.js';
import { BookafyTimeList } from './components/time-list/time-list.js';
import { BookafyWidget } from './components/widget/widget.js';
import { BookafyZonePicker } from './components/zone-picker/zone-picker.js';

const elements = {
  'bookafy-widget': BookafyWidget,
  'bookafy-service-list': BookafyServiceList,
  'bookafy-staff-list': BookafyStaffList,
  'bookafy-calendar': BookafyCalendar,
  'bookafy-time-list': BookafyTimeList,
  'bookafy-booking-form': BookafyBookingForm,
  'bookafy-confirmation': BookafyConfirmation,
  'bookafy-zone-picker': BookafyZonePicker,
  'bookafy-button': BookafyButton,
  'bookafy-modal': BookafyModal,
  'bookafy-manage': BookafyManage,
} as const;

/**
 * Registers every Bookafy element that is not registered yet, so loading the script twice,
 * or the script beside the npm package, never throws.
 */
export function defineElements(): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

defineElements();
