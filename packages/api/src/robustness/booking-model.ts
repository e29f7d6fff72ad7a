import { createAdminAccount, request } from '../../test/fixtures.js';

/** The day every command works on: Monday 2027-03-01, 08:00–16:00 UTC for Berlin staff. */
export const DAY = { start: '2027-03-01T00:00:00Z', end: '2027-03-02T00:00:00Z' };

/** How a service of the model account blocks its staff member's time. */
export interface ServiceShape {
  id: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  capacity: number;
  requiresConfirmation: boolean;
}

/** A booking as the model remembers it. */
export interface ModelBooking {
  id: string;
  manageToken: string;
  service: ServiceShape;
  staffId: string;
  start: string;
  status: 'pending' | 'confirmed' | 'cancelled';
}

/** The model: what the API should hold after the commands so far. */
export interface BookingModel {
  bookings: ModelBooking[];
  holds: { id: string; service: ServiceShape; start: string }[];
}

/** The account the commands run against, and the calls they make. */
export interface ModelSystem {
  services: ServiceShape[];
  staffIds: string[];
  publishableKey: string;
  secretKey: string;
}

/** A booking as `GET /v1/admin/bookings` lists it. */
export interface ListedBooking {
  id: string;
  status: string;
  serviceId: string;
  staffId: string;
  start: string;
  end: string;
}

/** An offered slot. */
export interface OfferedSlot {
  start: string;
  staffIds: string[];
  seatsLeft: number;
}

let clientCount = 0;

/** Calls the API from an address of its own, so the public write limit never applies. */
export function call(path: string, init: RequestInit & { key?: string } = {}): Promise<Response> {
  clientCount += 1;
  const headers = new Headers(init.headers);
  headers.set('CF-Connecting-IP', `10.9.${(clientCount >> 8) & 255}.${clientCount & 255}`);
  return request(path, { ...init, headers });
}

/**
 * An account with two Berlin staff members and three services offered by both: 30 minutes
 * with a 15-minute buffer after, a 30-minute session for two visitors, and 45 minutes with a
 * 15-minute buffer before that the business confirms by hand.
 */
export async function createModelSystem(): Promise<ModelSystem> {
  const account = await createAdminAccount({
    bufferAfterMinutes: 15,
    staffZones: ['Europe/Berlin', 'Europe/Berlin'],
  });
  const { secretKey, staffIds } = account;
  const create = async (settings: Omit<ServiceShape, 'id'>): Promise<ServiceShape> => {
    const response = await call('/admin/services', {
      method: 'POST',
      key: secretKey,
      body: JSON.stringify({ name: 'Service', staffIds, ...settings }),
    });
    if (response.status !== 201) throw new Error(`POST /admin/services: ${response.status}`);
    return { id: (await response.json<{ id: string }>()).id, ...settings };
  };
  const first: ServiceShape = {
    id: account.serviceId,
    durationMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    capacity: 1,
    requiresConfirmation: false,
  };
  const session = await create({
    durationMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    capacity: 2,
    requiresConfirmation: false,
  });
  const confirmed = await create({
    durationMinutes: 45,
    bufferBeforeMinutes: 15,
    bufferAfterMinutes: 0,
    capacity: 1,
    requiresConfirmation: true,
  });
  return { ...account, services: [first, session, confirmed] };
}

/** The slots `/v1/slots` offers now for a service over the model's day, for one staff member. */
export async function offered(
  system: ModelSystem,
  serviceId: string,
  staffId?: string,
): Promise<OfferedSlot[]> {
  const staff = staffId ? `&staffId=${staffId}` : '';
  const response = await call(
    `/slots?serviceId=${serviceId}&start=${DAY.start}&end=${DAY.end}${staff}`,
    { key: system.publishableKey },
  );
  if (response.status !== 200) throw new Error(`GET /slots answered ${response.status}`);
  return (await response.json<{ slots: OfferedSlot[] }>()).slots;
}

/** Every booking of the account on the model's day, cancelled ones included. */
export async function listed(system: ModelSystem): Promise<ListedBooking[]> {
  const response = await call(`/admin/bookings?from=${DAY.start}&to=${DAY.end}&limit=100`, {
    key: system.secretKey,
  });
  if (response.status !== 200) throw new Error(`GET /admin/bookings answered ${response.status}`);
  return (await response.json<{ data: ListedBooking[] }>()).data;
}

const MINUTE = 60_000;

/** The range a booking keeps its staff member from others, buffers included. */
export function blockedRange(service: ServiceShape, start: string): [number, number] {
  const startsAt = Date.parse(start);
  return [
    startsAt - service.bufferBeforeMinutes * MINUTE,
    startsAt + (service.durationMinutes + service.bufferAfterMinutes) * MINUTE,
  ];
}

/**
 * The overbookings among `bookings`: two active bookings of one staff member whose blocked
 * ranges overlap, unless they are seats of the same session, or a session over its capacity.
 */
export function overbookings(bookings: ListedBooking[], services: ServiceShape[]): string[] {
  const serviceOf = (id: string) => services.find((service) => service.id === id)!;
  const active = bookings.filter((booking) => booking.status !== 'cancelled');
  const problems: string[] = [];
  for (const [index, a] of active.entries()) {
    const [fromA, untilA] = blockedRange(serviceOf(a.serviceId), a.start);
    const seats = active.filter(
      (b) => b.staffId === a.staffId && b.serviceId === a.serviceId && b.start === a.start,
    );
    if (seats.length > serviceOf(a.serviceId).capacity) {
      problems.push(`${seats.length} seats at ${a.start} for ${a.staffId}`);
    }
    for (const b of active.slice(index + 1)) {
      if (b.staffId !== a.staffId) continue;
      const sameSession = b.serviceId === a.serviceId && b.start === a.start;
      const [fromB, untilB] = blockedRange(serviceOf(b.serviceId), b.start);
      if (!sameSession && fromA < untilB && fromB < untilA) {
        problems.push(`${a.id} at ${a.start} overlaps ${b.id} at ${b.start}`);
      }
    }
  }
  return problems;
}
