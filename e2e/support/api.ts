import type { BookedBooking } from './booking-flow.js';
import { baseUrl, demo } from './pages.js';

/** A booking as the API reports it to whoever holds its manage token. */
export async function fetchManagedBooking(id: string, token: string): Promise<BookedBooking> {
  const response = await fetch(new URL(`v1/bookings/${id}`, baseUrl), {
    headers: { 'Bookafy-Manage-Token': token },
  });
  if (!response.ok) throw new Error(`GET /v1/bookings/${id} answered ${response.status}`);
  return (await response.json()) as BookedBooking;
}

const DAY_MS = 86_400_000;
const utc = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Books the demo's introductory call with `staffId` through the public API, as a visitor's
 * browser would, at a free time four to five weeks ahead; a time another test took meanwhile
 * is passed over for the next one. Answers the booking's id.
 */
export async function bookIntroCallWith(staffId: string, customerName: string): Promise<string> {
  const headers = { Authorization: `Bearer ${demo.publishableKey}` };
  const query = new URLSearchParams({
    serviceId: demo.introCall,
    staffId,
    start: utc(Date.now() + 28 * DAY_MS),
    end: utc(Date.now() + 35 * DAY_MS),
  });
  const listed = await fetch(new URL(`v1/slots?${query}`, baseUrl), { headers });
  const { slots } = (await listed.json()) as { slots: { start: string }[] };
  for (const { start } of slots.slice(-5).reverse()) {
    const booked = await fetch(new URL('v1/bookings', baseUrl), {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        serviceId: demo.introCall,
        staffId,
        start,
        customer: { name: customerName, email: 'visitor@example.com', timeZone: 'UTC' },
      }),
    });
    if (booked.status === 201) return ((await booked.json()) as { id: string }).id;
    if (booked.status !== 409) throw new Error(`POST /v1/bookings answered ${booked.status}`);
  }
  throw new Error(`No free introductory call with ${staffId} was left to book.`);
}
