/**
 * Compile-time checks of `bookafy-elements.d.ts`, run by `pnpm typecheck` and never bundled
 * (nothing imports this file): each `@ts-expect-error` line must stay an error, so a
 * declaration that let a misspelt setting or a wrongly typed handler through fails the check.
 */
import type { BookafyBookedEvent, BookafyCancelledEvent, BookafyErrorEvent } from '@bookafy/widget';

const handleBooked = (event: BookafyBookedEvent): string => event.detail.booking.start;
const handleError = (event: BookafyErrorEvent): string => event.detail.message;
const handleCancelled = (event: BookafyCancelledEvent): string => event.detail.booking.status;

/** Every setting and event the declaration allows, used as a React app would. */
export const allowed = (
  <bookafy-widget
    publishableKey="pk_x"
    apiBase="https://bookings.example"
    service="svc_x"
    locale="de"
    theme="dark"
    lockPrefill
    onbookafy-booked={handleBooked}
    onbookafy-error={handleError}
  />
);

/** The manage view of a booking, with the events only it fires. */
export const manage = (
  <bookafy-widget
    publishableKey="pk_x"
    manageBooking="bkg_x"
    manageToken="tok_x"
    onbookafy-cancelled={handleCancelled}
  />
);

export const misspeltSetting = (
  // @ts-expect-error `publishablekey` is not a setting: the property is `publishableKey`.
  <bookafy-widget publishablekey="pk_x" />
);

export const wrongSettingType = (
  // @ts-expect-error `lockPrefill` is a boolean, not a string.
  <bookafy-widget publishableKey="pk_x" lockPrefill="yes" />
);

export const wrongCancelledHandler = (
  // @ts-expect-error `bookafy-cancelled` carries the cancelled booking, not an error.
  <bookafy-widget publishableKey="pk_x" onbookafy-cancelled={handleError} />
);

export const wrongHandler = (
  // @ts-expect-error `bookafy-booked` carries a booking, not an error.
  <bookafy-widget publishableKey="pk_x" onbookafy-booked={handleError} />
);
