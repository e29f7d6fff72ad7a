import type {
  Booking,
  BookingEvent,
  CancelRequest,
  DataList,
  Page,
  SlotList,
} from '@bookafy/core/client';

import { toInstantString, type InstantInput } from '../internal/instant.js';
import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** Which bookings {@link BookingsAdmin.list} returns; every filter is optional. */
export interface BookingFilters {
  status?: Booking['status'];
  staffId?: string;
  serviceId?: string;
  /** Bookings that start at or after this instant. */
  from?: InstantInput;
  /** Bookings that start before this instant. */
  to?: InstantInput;
  /** Bookings per page, 1–100. @default 50 */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** Which bookings {@link BookingsAdmin.exportCsv} writes: starts in `[from, to)`. */
export interface BookingExportFilters {
  /** Bookings that start at or after this instant. */
  from: InstantInput;
  /** Bookings that start before this instant, at most 366 days after `from`. */
  to: InstantInput;
  staffId?: string;
  status?: Booking['status'];
}

/** Every booking of the account, as the business sees and changes it. */
export interface BookingsAdmin {
  /** One page of the bookings that match `filters`; `nextCursor` leads to the next. */
  list(filters?: BookingFilters, options?: RequestOptions): Promise<Page<Booking>>;
  /**
   * Every booking that matches `filters`, fetching page after page as the loop asks for more.
   *
   * @example
   * for await (const booking of admin.bookings.listAll({ status: 'pending' })) {
   *   await admin.bookings.confirm(booking.id);
   * }
   */
  listAll(
    filters?: Omit<BookingFilters, 'cursor'>,
    options?: RequestOptions,
  ): AsyncGenerator<Booking, void, undefined>;
  /** The booking `bookingId`. */
  get(bookingId: string, options?: RequestOptions): Promise<Booking>;
  /** The history of the booking `bookingId`, oldest first. */
  events(bookingId: string, options?: RequestOptions): Promise<DataList<BookingEvent>>;
  /** Confirms a pending booking; never retried. */
  confirm(bookingId: string, options?: RequestOptions): Promise<Booking>;
  /** Cancels a booking, telling the visitor `reason` if given; never retried. */
  cancel(bookingId: string, request?: CancelRequest, options?: RequestOptions): Promise<Booking>;
  /**
   * Moves a booking to another start of the same length; throws `SlotTakenError` when that
   * time is taken. Never retried.
   */
  reschedule(
    bookingId: string,
    request: { start: InstantInput },
    options?: RequestOptions,
  ): Promise<Booking>;
  /**
   * The starts in `[start, end)` (at most 62 days) that the booking `bookingId` can be moved
   * to: its service, staff member and length, with the booking itself not in the way, so a
   * start overlapping its current time is listed when nothing else blocks it.
   *
   * @example
   * const { slots } = await admin.bookings.movableSlots(booking.id, {
   *   start: '2027-03-01T00:00:00Z',
   *   end: '2027-03-02T00:00:00Z',
   * });
   * await admin.bookings.reschedule(booking.id, { start: slots[0].start });
   */
  movableSlots(
    bookingId: string,
    range: { start: InstantInput; end: InstantInput },
    options?: RequestOptions,
  ): Promise<SlotList>;
  /**
   * The bookings that start in `[from, to)` as CSV text for spreadsheets, one CRLF record per
   * booking by start, with times in UTC and in the account's zone. The text comes without the
   * file's UTF-8 byte order mark, which decoding drops: put `\uFEFF` before it when writing a
   * file that spreadsheet programs should read with its accents intact. A range that is
   * reversed or longer than 366 days throws `ValidationError`. The whole file is read into
   * memory and must arrive within `timeoutMs`: split a very busy year into shorter ranges.
   *
   * @example
   * const march = { from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' };
   * const csv = await admin.bookings.exportCsv(march);
   * await writeFile('bookings-2027-03.csv', `\uFEFF${csv}`);
   */
  exportCsv(filters: BookingExportFilters, options?: RequestOptions): Promise<string>;
}

/** The booking calls of an admin client. */
export function bookingsAdmin(transport: Transport): BookingsAdmin {
  const list = (filters: BookingFilters = {}, options: RequestOptions = {}) =>
    transport.request<Page<Booking>>(ADMIN_ROUTES['bookings.list'], {
      query: {
        status: filters.status,
        staffId: filters.staffId,
        serviceId: filters.serviceId,
        from: filters.from === undefined ? undefined : toInstantString(filters.from),
        to: filters.to === undefined ? undefined : toInstantString(filters.to),
        limit: filters.limit?.toString(),
        cursor: filters.cursor,
      },
      ...options,
    });

  return {
    list,
    async *listAll(filters = {}, options = {}) {
      let cursor: string | undefined;
      do {
        const page = await list({ ...filters, ...(cursor ? { cursor } : {}) }, options);
        yield* page.data;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
    get: (bookingId, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.get'], { params: { bookingId }, ...options }),
    events: (bookingId, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.events'], { params: { bookingId }, ...options }),
    confirm: (bookingId, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.confirm'], { params: { bookingId }, ...options }),
    cancel: (bookingId, request = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.cancel'], {
        params: { bookingId },
        body: request,
        ...options,
      }),
    reschedule: (bookingId, request, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.reschedule'], {
        params: { bookingId },
        body: { start: toInstantString(request.start) },
        ...options,
      }),
    movableSlots: (bookingId, range, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.movableSlots'], {
        params: { bookingId },
        query: { start: toInstantString(range.start), end: toInstantString(range.end) },
        ...options,
      }),
    exportCsv: (filters, options = {}) =>
      transport.request(ADMIN_ROUTES['bookings.exportCsv'], {
        query: {
          from: toInstantString(filters.from),
          to: toInstantString(filters.to),
          staffId: filters.staffId,
          status: filters.status,
        },
        responseType: 'text',
        ...options,
      }),
  };
}
