import type { AdminBooking } from '../../internal/bookings-api.js';
import type { BookafyConsoleBookingDetails, DetailsStep } from './booking-details.js';
import type { BookingChangedEvent } from './booking-changed-event.js';

const listeners = new WeakMap<BookafyConsoleBookingDetails, (event: BookingChangedEvent) => void>();

/** How a list of bookings outside the week view opens one of them. */
export interface OpenDetailsOptions {
  /** The viewer's zone. */
  timeZone: string;
  /** What the dialog opens on: the whole booking (the default), or the step that cancels it. */
  step?: DetailsStep;
  /** Runs after each change made in the dialog, with the booking as it is now. */
  onChanged?: (booking: AdminBooking) => void;
}

/**
 * Opens booking `id` in a details dialog placed beside `opener` (in the same shadow root, made
 * there on first use); focus goes back to `opener` when the dialog closes.
 */
export function openBookingDetails(opener: HTMLElement, id: string, options: OpenDetailsOptions) {
  const root = opener.getRootNode() as Document | ShadowRoot;
  let details = root.querySelector('bookafy-console-booking-details');
  if (!details) {
    details = document.createElement('bookafy-console-booking-details');
    (root instanceof ShadowRoot ? root : document.body).append(details);
  }
  details.timeZone = options.timeZone;

  const previous = listeners.get(details);
  if (previous) details.removeEventListener('bookafy-booking-changed', previous);
  const onChanged = (event: BookingChangedEvent) => options.onChanged?.(event.detail);
  details.addEventListener('bookafy-booking-changed', onChanged);
  listeners.set(details, onChanged);

  void details.show(id, opener, options.step);
}
