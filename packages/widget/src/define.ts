import { BookafyBookingForm } from './components/booking-form/booking-form.js';
import { BookafyCalendar } from './components/calendar/calendar.js';
import { BookafyConfirmation } from './components/confirmation/confirmation.js';
import { BookafyServiceList } from './components/service-list/service-list.js';
import { BookafyStaffList } from './components/staff-list/staff-list.js';
import { BookafyTimeList } from './components/time-list/time-list.js';
import { BookafyWidget } from './components/widget/widget.js';

const elements = {
  'bookafy-widget': BookafyWidget,
  'bookafy-service-list': BookafyServiceList,
  'bookafy-staff-list': BookafyStaffList,
  'bookafy-calendar': BookafyCalendar,
  'bookafy-time-list': BookafyTimeList,
  'bookafy-booking-form': BookafyBookingForm,
  'bookafy-confirmation': BookafyConfirmation,
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
