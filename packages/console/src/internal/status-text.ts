import { msg } from '@lit/localize';

import type { AgendaBooking } from './console-api.js';

/** A booking's status as the viewer reads it. */
export function statusText(status: AgendaBooking['status']): string {
  switch (status) {
    case 'pending':
      return msg('pending', { id: 'booking.status.pending' });
    case 'confirmed':
      return msg('confirmed', { id: 'booking.status.confirmed' });
    case 'cancelled':
      return msg('cancelled', { id: 'booking.status.cancelled' });
  }
}
