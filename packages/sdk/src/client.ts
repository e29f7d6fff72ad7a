import type {
  Booking,
  BookingRequest,
  Bootstrap,
  CancelRequest,
  Hold,
  HoldRequest,
  SlotList,
} from '@bookafy/core/client';

import { BookafyError } from './errors/bookafy-error.js';
import { newIdempotencyKey } from './internal/idempotency-key.js';
import { toInstantString, type InstantInput } from './internal/instant.js';
import { PUBLIC_ROUTES } from './internal/public-routes.js';
import type { RequestOptions } from './internal/request-options.js';
import { Transport, type ConnectionOptions } from './internal/transport.js';

export type { InstantInput } from './internal/instant.js';
export type { RequestOptions } from './internal/request-options.js';

/**
 * Options of {@link createClient}: where the API is, and exactly one of `publishableKey` and
 * `account`.
 */
export type ClientOptions = ConnectionOptions &
  (
    | {
        /** The account's publishable key, `pk_…`; safe to ship in a web page. */
        publishableKey: string;
        account?: never;
      }
    | {
        /**
         * The account's slug, as in its hosted booking page `/book/<slug>`, instead of a key.
         * The API accepts it only from its own origin, so it suits pages the Worker serves.
         */
        account: string;
        publishableKey?: never;
      }
  );

/** Options of {@link BookafyClient.createBooking}. */
export interface CreateBookingOptions extends RequestOptions {
  /**
   * Names this booking attempt, so that a retry, even one from another process, gets the
   * first answer instead of a second booking. A new random key per call when omitted.
   */
  idempotencyKey?: string;
}

/** The public calls a booking page makes, all with the publishable key or account slug. */
export interface BookafyClient {
  /** The account, its services and its staff members, in one request. */
  bootstrap(options?: RequestOptions): Promise<Bootstrap>;
  /** Free slots of a service whose start lies in `[start, end)`, for one staff member or any. */
  listSlots(
    query: {
      serviceId: string;
      staffId?: string;
      start: InstantInput;
      end: InstantInput;
      /** One of the service's durations; its default when omitted. */
      durationMinutes?: number;
    },
    options?: RequestOptions,
  ): Promise<SlotList>;
  /**
   * Keeps a slot for a few minutes while the visitor fills in the form; pass the hold's id as
   * `holdId` to {@link BookafyClient.createBooking}. Throws `SlotTakenError` when it is gone.
   * Never retried.
   */
  createHold(
    request: Omit<HoldRequest, 'start'> & { start: InstantInput },
    options?: RequestOptions,
  ): Promise<Hold>;
  /**
   * Books a slot under an idempotency key, retrying after lost answers without booking twice.
   * Throws `SlotTakenError` when someone else booked it first (its problem lists
   * `alternatives`) and `ValidationError` when a field is refused.
   */
  createBooking(request: BookingRequest, options?: CreateBookingOptions): Promise<Booking>;
  /** The booking `id`, seen with the manage token returned when it was made. */
  getBooking(id: string, manageToken: string, options?: RequestOptions): Promise<Booking>;
  /** Cancels the booking `id` with its manage token; never retried. */
  cancelBooking(
    id: string,
    manageToken: string,
    request?: CancelRequest,
    options?: RequestOptions,
  ): Promise<Booking>;
  /**
   * Moves the booking `id` to another start of the same length with its manage token; throws
   * `SlotTakenError` when that time is taken. Never retried.
   */
  rescheduleBooking(
    id: string,
    manageToken: string,
    request: { start: InstantInput },
    options?: RequestOptions,
  ): Promise<Booking>;
  /**
   * The starts in `[start, end)` (at most 62 days) that the booking `id` can be moved to, with
   * its manage token: its service, staff member and length, with the booking itself not in the
   * way, so a start overlapping its current time is listed when nothing else blocks it.
   */
  listMovableSlots(
    id: string,
    manageToken: string,
    range: { start: InstantInput; end: InstantInput },
    options?: RequestOptions,
  ): Promise<SlotList>;
  /** The booking `id` as an iCalendar (`.ics`) file, for the visitor's own calendar. */
  bookingCalendar(id: string, manageToken: string, options?: RequestOptions): Promise<string>;
}

const MANAGE_TOKEN_HEADER = 'Bookafy-Manage-Token';

/**
 * Creates a client for the public API.
 *
 * @example
 * const bookafy = createClient({ baseUrl: 'https://book.example.com', publishableKey: 'pk_…' });
 * const { services } = await bookafy.bootstrap();
 * // On the Worker's own hosted booking page:
 * const hosted = createClient({ baseUrl: location.origin, account: 'harbour-wellness' });
 */
export function createClient(options: ClientOptions): BookafyClient {
  const { publishableKey, account, ...connection } = options;
  // Plain JavaScript callers get no type check, and a page must not send a key and a slug.
  if ((publishableKey === undefined) === (account === undefined)) {
    throw new BookafyError('createClient needs exactly one of publishableKey and account');
  }
  const transport = new Transport(
    account === undefined ? { ...connection, apiKey: publishableKey } : { ...connection, account },
  );
  const manage = (id: string, manageToken: string) => ({
    params: { bookingId: id },
    headers: { [MANAGE_TOKEN_HEADER]: manageToken },
  });

  return {
    bootstrap: (callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.bootstrap, { signal: callOptions.signal }),
    listSlots: (query, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.listSlots, {
        query: {
          serviceId: query.serviceId,
          staffId: query.staffId,
          start: toInstantString(query.start),
          end: toInstantString(query.end),
          durationMinutes: query.durationMinutes?.toString(),
        },
        signal: callOptions.signal,
      }),
    createHold: (request, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.createHold, {
        body: { ...request, start: toInstantString(request.start) },
        signal: callOptions.signal,
      }),
    createBooking: (request, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.createBooking, {
        body: request,
        idempotencyKey: callOptions.idempotencyKey ?? newIdempotencyKey(),
        signal: callOptions.signal,
      }),
    getBooking: (id, manageToken, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.getBooking, {
        ...manage(id, manageToken),
        signal: callOptions.signal,
      }),
    cancelBooking: (id, manageToken, request = {}, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.cancelBooking, {
        ...manage(id, manageToken),
        body: request,
        signal: callOptions.signal,
      }),
    rescheduleBooking: (id, manageToken, request, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.rescheduleBooking, {
        ...manage(id, manageToken),
        body: { start: toInstantString(request.start) },
        signal: callOptions.signal,
      }),
    listMovableSlots: (id, manageToken, range, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.listMovableSlots, {
        ...manage(id, manageToken),
        query: { start: toInstantString(range.start), end: toInstantString(range.end) },
        signal: callOptions.signal,
      }),
    bookingCalendar: (id, manageToken, callOptions = {}) =>
      transport.request(PUBLIC_ROUTES.bookingCalendar, {
        ...manage(id, manageToken),
        responseType: 'text',
        signal: callOptions.signal,
      }),
  };
}
