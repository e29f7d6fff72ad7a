import { env } from 'cloudflare:workers';
import { and, asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import ICAL from 'ical.js';

import * as schema from '../db/schema/index.js';
import { bookingBody, createAccount, request, type AccountOptions } from '../../test/fixtures.js';
import { messagesConsumer } from './messages-consumer.js';

/** The test database, as the Worker sees it. */
export const db = drizzle(env.DB, { schema });

/** Monday 1 March 2027, 10:00 in Berlin (CET), 04:00 in New York (EST). */
export const MONDAY_TEN_IN_BERLIN = '2027-03-01T09:00:00Z';

/**
 * An account whose staff member (in Berlin) has an email address, and a confirmed booking by
 * a visitor in New York, as the public API makes it.
 */
export async function bookedScenario(
  options: AccountOptions & {
    staffEmail?: string | null;
    start?: string;
    customerName?: string;
  } = {},
) {
  const account = await createAccount(options);
  const staffEmail = options.staffEmail === undefined ? 'mira@studio.example' : options.staffEmail;
  await db
    .update(schema.staff)
    .set({ name: 'Mira', email: staffEmail })
    .where(eq(schema.staff.id, account.staffIds[0]!));
  const response = await request('/bookings', {
    method: 'POST',
    key: account.publishableKey,
    body: bookingBody(account.serviceId, options.start ?? MONDAY_TEN_IN_BERLIN, {
      customer: {
        name: options.customerName ?? 'Ada Lovelace',
        email: 'ada@example.com',
        timeZone: 'America/New_York',
      },
    }),
  });
  if (response.status !== 201) throw new Error(`POST /bookings answered ${response.status}`);
  const booking = await response.json<{ id: string; manageToken: string }>();
  const [stored] = await db
    .select({ slug: schema.accounts.slug })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, account.accountId));
  return { ...account, ...booking, slug: stored!.slug };
}

/** Runs the messages consumer for every outbox event of the booking, oldest first. */
export async function consumeEvents(bookingId: string, now: number) {
  const events = await db
    .select()
    .from(schema.outboxEvents)
    .where(eq(schema.outboxEvents.bookingId, bookingId))
    .orderBy(asc(schema.outboxEvents.createdAt), asc(schema.outboxEvents.id));
  for (const event of events) await messagesConsumer({ env, db, event, now });
  return events;
}

/** The booking's queued messages of `kind`, by recipient. */
export async function messagesOf(bookingId: string, kind: schema.Message['kind']) {
  const rows = await db
    .select()
    .from(schema.messages)
    .where(and(eq(schema.messages.bookingId, bookingId), eq(schema.messages.kind, kind)));
  return Object.fromEntries(rows.map((row) => [row.recipient, row])) as Partial<
    Record<schema.Message['recipient'], schema.Message>
  >;
}

/** An `.ics` as a calendar program reads it, parsed by ical.js. */
export function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  };
}

/** Sends a manage call with the visitor's manage token. */
export function manage(path: string, token: string, body: unknown) {
  return request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Bookafy-Manage-Token': token },
  });
}
