import {
  toUtcString,
  type Booking,
  type BookingRequest,
  type Bootstrap,
  type SlotList,
} from '@bookafy/core/client';

import { Transport, type TransportOptions } from './internal/transport.js';

/** Options of {@link createClient}. */
export interface ClientOptions extends Omit<TransportOptions, 'apiKey'> {
  /** The account's publishable key, `pk_…`; safe to ship in a web page. */
  publishableKey: string;
}

/** An instant as the API takes it: a `Date`, epoch milliseconds or a UTC string. */
export type InstantInput = Date | number | string;

/** The public calls a booking page makes, all with the publishable key. */
export interface BookafyClient {
  /** The account, its services and its staff members, in one request. */
  bootstrap(options?: { signal?: AbortSignal }): Promise<Bootstrap>;
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
    options?: { signal?: AbortSignal },
  ): Promise<SlotList>;
  /**
   * Books a slot. Throws `SlotTakenError` when someone else booked it first and
   * `ValidationError` when a field is refused. Never retried, so it never books twice.
   */
  createBooking(request: BookingRequest, options?: { signal?: AbortSignal }): Promise<Booking>;
}

/**
 * Creates a client for the public API.
 *
 * @example
 * const bookafy = createClient({ baseUrl: 'https://book.example.com', publishableKey: 'pk_…' });
 * const { services } = await bookafy.bootstrap();
 */
export function createClient(options: ClientOptions): BookafyClient {
  const { publishableKey, ...transportOptions } = options;
  const transport = new Transport({ ...transportOptions, apiKey: publishableKey });

  return {
    bootstrap: (callOptions = {}) =>
      transport.call({ method: 'GET', path: '/bootstrap', signal: callOptions.signal }),
    listSlots: (query, callOptions = {}) =>
      transport.call({
        method: 'GET',
        path: '/slots',
        query: {
          serviceId: query.serviceId,
          staffId: query.staffId,
          start: toInstantString(query.start),
          end: toInstantString(query.end),
          durationMinutes: query.durationMinutes?.toString(),
        },
        signal: callOptions.signal,
      }),
    createBooking: (request, callOptions = {}) =>
      transport.call({
        method: 'POST',
        path: '/bookings',
        body: request,
        signal: callOptions.signal,
      }),
  };
}

function toInstantString(instant: InstantInput): string {
  if (typeof instant === 'string') return instant;
  return toUtcString(typeof instant === 'number' ? instant : instant.getTime());
}
