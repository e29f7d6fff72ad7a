import type { BookafyConsoleBookingDetails } from './booking-details.js';

const listeners = new WeakMap<BookafyConsoleBookingDetails, () => void>();

/** How a list of bookings outside the week view opens one of them. */
export interface OpenDetailsOptions {
  /** The viewer's zone. */
  timeZone: string;
  /** Runs after each change made in the dialog, to show the list as it is now. */
  onChanged?: () => void;
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
  const onChanged = options.onChanged ?? (() => undefined);
  details.addEventListener('bookafy-booking-changed', onChanged);
  listeners.set(details, onChanged);

  void details.show(id, opener);
}
