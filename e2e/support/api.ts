import type { BookedBooking } from './booking-flow.js';
import { baseUrl } from './pages.js';

/** A booking as the API reports it to whoever holds its manage token. */
export async function fetchManagedBooking(id: string, token: string): Promise<BookedBooking> {
  const response = await fetch(new URL(`v1/bookings/${id}`, baseUrl), {
    headers: { 'Bookafy-Manage-Token': token },
  });
  if (!response.ok) throw new Error(`GET /v1/bookings/${id} answered ${response.status}`);
  return (await response.json()) as BookedBooking;
}
