import type { Booking } from '@bookafy/sdk';

import { defineCatalog } from '../../i18n/catalog.js';

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

/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const manageMessages = defineCatalog('manage', {
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
});
