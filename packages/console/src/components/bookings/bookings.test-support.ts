import { waitUntil } from '@open-wc/testing';

import { weekOf, type WeekRange } from '../../internal/week-layout.js';
import { addDays, instantAt } from '../../internal/week-zone.js';
import { postBooking } from '../../test-support/demo-booking.js';

/** The demo account's services and staff members, as `scripts/demo-account.mjs` seeds them. */
export const DEMO = {
  intro: 'svc_demointro00000000000',
  massage: 'svc_demomassage000000000',
  lena: 'stf_demolena000000000000',
  marcus: 'stf_demomarcus0000000000',
} as const;

const DAY_MS = 86_400_000;

/**
 * The Monday-to-Sunday week in Berlin `weeksAhead` weeks from now. Seven weeks ahead stays inside
 * the demo services' 60-day horizon and clear of the agenda tests' four to six.
 */
export const weekAhead = (weeksAhead = 7): WeekRange =>
  weekOf(Date.now() + weeksAhead * 7 * DAY_MS, 'Europe/Berlin');

/** The instant at which clocks in `zone` show `time` ("HH:MM") on day `weekday` (1 = Monday). */
export function wallClock(week: WeekRange, weekday: number, time: string, zone: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return instantAt(addDays(week.dates[0]!, weekday - 1), hours * 60 + minutes, zone);
}

/** What a visitor books in a test. */
export interface PinnedBooking {
  serviceId: string;
  staffId: string;
  start: number;
  name: string;
  answers?: Record<string, string | boolean>;
  metadata?: Record<string, string>;
}

/** Books through the public API as a visitor in Tokyo would, at exactly `start`. */
export async function bookAt(booking: PinnedBooking): Promise<{ id: string; start: string }> {
  const answer = await postBooking({
    serviceId: booking.serviceId,
    staffId: booking.staffId,
    start: new Date(booking.start).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    customer: { name: booking.name, email: 'week.visitor@example.com', timeZone: 'Asia/Tokyo' },
    answers: booking.answers,
    metadata: booking.metadata,
  });
  if (answer.status !== 201) {
    throw new Error(`Booking ${booking.name} answered ${answer.status}: ${await answer.text()}`);
  }
  return (await answer.json()) as { id: string; start: string };
}

/** The local date and minute of the day of `instant` in `zone`, read with plain `Intl`. */
export function clockIn(instant: number, zone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Waits up to ten seconds for `predicate`, long enough for the Worker on a busy machine. */
export const until = (predicate: () => unknown | Promise<unknown>, message?: string) =>
  waitUntil(predicate, message, { timeout: 10_000 });

/** The grid item of booking `id` in a week view or other shadow root, once it is there. */
export async function bookingItem(root: ShadowRoot, id: string): Promise<HTMLElement> {
  await until(() => root.querySelector(`[data-booking-id="${id}"]`), `no booking ${id}`);
  return root.querySelector<HTMLElement>(`[data-booking-id="${id}"]`)!;
}

/** Where the grid put an item: its local date and its wall-clock start and end minutes. */
export function placementOf(item: HTMLElement) {
  return {
    date: item.closest<HTMLElement>('li.day')!.dataset.date,
    top: Number(item.style.getPropertyValue('--top')),
    bottom: Number(item.style.getPropertyValue('--bottom')),
    column: Number(item.style.getPropertyValue('--column')),
    columns: Number(item.style.getPropertyValue('--columns')),
  };
}

/** Waits until `element` has focus in `root` (dialogs report closing a moment later). */
export async function expectFocusOn(root: ShadowRoot, element: Element | null): Promise<void> {
  const name = (node: Element | null) =>
    node ? `<${node.localName}> "${node.textContent?.trim().slice(0, 40)}"` : 'nothing';
  await until(
    () => element !== null && root.activeElement === element,
    `focus is on ${name(root.activeElement)}, not on ${name(element)}`,
  );
}
