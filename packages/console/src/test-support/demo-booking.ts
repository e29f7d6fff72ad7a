import { realWorker } from './real-worker.js';

/** The demo's introductory call: 30 minutes with either staff member. */
const SERVICE_ID = 'svc_demointro00000000000';

/**
 * Posts a booking as a visitor's browser would, from an address of its own: each visitor has
 * their own share of the API's per-address limit on public writes, as real visitors do, so a
 * run that books many times stays clear of it.
 */
export async function postBooking(body: Record<string, unknown>): Promise<Response> {
  const { publishableKey } = await realWorker();
  const visitor = crypto.getRandomValues(new Uint8Array(2)).join('.');
  return fetch(`/v1/bookings?key=${publishableKey}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': `10.77.${visitor}`,
    },
    body: JSON.stringify(body),
  });
}

/**
 * Books the demo's introductory call as a visitor would, in a free slot on a weekday `weeksAhead`
 * weeks from now, chosen at random among that day's free slots so tests sharing the Worker rarely
 * meet; returns the booking's id and start.
 */
export async function bookDemoSlot(weeksAhead: number, customerName: string) {
  const { publishableKey } = await realWorker();
  const day = new Date(Date.now() + weeksAhead * 7 * 86_400_000);
  day.setUTCHours(0, 0, 0, 0);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  const end = new Date(day.getTime() + 86_400_000);
  const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

  const slotsAnswer = await fetch(
    `/v1/slots?serviceId=${SERVICE_ID}&start=${iso(day)}&end=${iso(end)}&key=${publishableKey}`,
  );
  const { slots } = (await slotsAnswer.json()) as { slots: { start: string }[] };
  if (slots.length === 0) throw new Error(`No free slot on ${iso(day)}.`);
  const slot = slots[Math.floor(Math.random() * slots.length)]!;

  const answer = await postBooking({
    serviceId: SERVICE_ID,
    start: slot.start,
    customer: { name: customerName, email: 'visitor@example.com', timeZone: 'Asia/Tokyo' },
  });
  if (answer.status !== 201) throw new Error(`Booking answered ${answer.status}.`);
  const booking = (await answer.json()) as { id: string; start: string };
  return { id: booking.id, start: new Date(booking.start), day };
}
