import { call } from './console-api.js';
import type { WorkingInterval } from './week-working-hours.js';

/** A booking as the admin API sends it, with everything the week view and details show. */
export interface AdminBooking {
  id: string;
  status: 'pending' | 'confirmed' | 'cancelled';
  serviceId: string;
  staffId: string;
  /** UTC instants. */
  start: string;
  end: string;
  /** The staff member's zone. */
  timeZone: string;
  customer: { name: string; email: string; phone?: string; timeZone: string };
  /** The visitor's answers to the service's questions, by question id. */
  answers: Record<string, string | boolean>;
  /** Pairs the embedding site attached, such as a CRM id. */
  metadata: Record<string, string>;
  createdAt: string;
}

/** One entry of a booking's audit trail. */
export interface BookingEvent {
  id: string;
  type: 'created' | 'confirmed' | 'rescheduled' | 'cancelled';
  actor: 'visitor' | 'admin' | 'system';
  /** What changed: `previousStart` and `start` of a move, the `reason` of a cancellation. */
  data: Record<string, unknown>;
  at: string;
}

/** A staff member as the week view names and filters them. */
export interface StaffSummary {
  id: string;
  name: string;
  timeZone: string;
  /** When they left; their old bookings still name them. */
  archivedAt: string | null;
}

/** A question of a service's details form, for labelling a booking's answers. */
export interface ServiceQuestion {
  id: string;
  label: string;
  kind: 'text' | 'longText' | 'select' | 'checkbox' | 'phone';
}

/** A service as the week view names it. */
export interface ServiceSummary {
  id: string;
  name: string;
  questions: ServiceQuestion[];
}

/** A free time a booking may move to. */
export interface FreeSlot {
  start: string;
  end: string;
  staffIds: string[];
}

/** The most bookings the admin API answers with in one page. */
export const MAX_PAGE_SIZE = 100;

/** An instant as the API's query parameters take it: UTC, whole seconds, `Z`. */
export const utcString = (instant: number): string =>
  new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');

const bookingPath = (id: string) => `/admin/bookings/${encodeURIComponent(id)}`;

/** What narrows a listing of bookings, and how many each request asks for. */
export interface RangeOptions {
  /** Only this staff member's bookings (a staff user's session only ever answers with theirs). */
  staffId?: string;
  /** Bookings per request, 1 to `MAX_PAGE_SIZE`; every page is read whatever the size. */
  pageSize?: number;
}

/**
 * Every booking starting in `[from, to)`, earliest first, following the API's `nextCursor`
 * until the last page, so that no booking of a busy range is left out.
 */
export async function listRangeBookings(
  from: number,
  to: number,
  { staffId, pageSize = MAX_PAGE_SIZE }: RangeOptions = {},
): Promise<AdminBooking[]> {
  const query = new URLSearchParams({
    from: utcString(from),
    to: utcString(to),
    limit: String(pageSize),
  });
  if (staffId) query.set('staffId', staffId);
  const found: AdminBooking[] = [];
  for (;;) {
    const answer = await call<{ data: AdminBooking[]; nextCursor: string | null }>(
      'GET',
      `/admin/bookings?${query}`,
    );
    found.push(...answer.data);
    // A cursor that does not move on would repeat the same page for ever.
    if (!answer.nextCursor || answer.nextCursor === query.get('cursor')) return found;
    query.set('cursor', answer.nextCursor);
  }
}

/** One booking with the customer's details, answers and metadata. */
export const getBooking = (id: string) => call<AdminBooking>('GET', bookingPath(id));

/** A booking's audit trail, oldest first. */
export const listBookingEvents = async (id: string): Promise<BookingEvent[]> =>
  (await call<{ data: BookingEvent[] }>('GET', `${bookingPath(id)}/events`)).data;

/** Confirms a pending booking. */
export const confirmAdminBooking = (id: string) =>
  call<AdminBooking>('POST', `${bookingPath(id)}/confirm`);

/** Cancels a booking on the business's behalf, with an optional reason kept in its trail. */
export const cancelAdminBooking = (id: string, reason?: string) =>
  call<AdminBooking>('POST', `${bookingPath(id)}/cancel`, reason ? { reason } : {});

/** Moves a booking to `start` with the same staff member and length; 409 `slot_taken` if taken. */
export const rescheduleAdminBooking = (id: string, start: string) =>
  call<AdminBooking>('POST', `${bookingPath(id)}/reschedule`, { start });

/** The account's staff members in their order, archived ones too (old bookings name them). */
export const listStaff = async (): Promise<StaffSummary[]> =>
  (await call<{ data: StaffSummary[] }>('GET', '/admin/staff?includeArchived=true')).data;

/** The account's services with their questions, archived ones too (old bookings name them). */
export const listServices = async (): Promise<ServiceSummary[]> =>
  (await call<{ data: ServiceSummary[] }>('GET', '/admin/services?includeArchived=true')).data;

/** A staff member's weekly working hours, wall clock in their zone (owners only). */
export const listWorkingHours = async (staffId: string): Promise<WorkingInterval[]> =>
  (
    await call<{ data: WorkingInterval[] }>(
      'GET',
      `/admin/staff/${encodeURIComponent(staffId)}/working-hours`,
    )
  ).data;

/**
 * The starts in `[from, to)` that the booking `bookingId` can be moved to: its service, staff
 * member and length, with the booking itself not in the way, as the reschedule route checks.
 */
export async function listMovableSlots(
  bookingId: string,
  from: number,
  to: number,
): Promise<FreeSlot[]> {
  const range = new URLSearchParams({ start: utcString(from), end: utcString(to) });
  const path = `/admin/bookings/${encodeURIComponent(bookingId)}/slots?${range}`;
  return (await call<{ slots: FreeSlot[] }>('GET', path)).slots;
}

/** The address of the CSV file of bookings starting in `[from, to)`, of one staff member or all. */
export function exportCsvHref(from: number, to: number, staffId?: string): string {
  const query = new URLSearchParams({ from: utcString(from), to: utcString(to) });
  if (staffId) query.set('staffId', staffId);
  return `/v1/admin/bookings/export.csv?${query}`;
}
