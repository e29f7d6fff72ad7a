import { env } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { bookingBody, createAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

const db = drizzle(env.DB, { schema });
const NOW = '2027-02-26T12:00:00Z';
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const ELEVEN_IN_BERLIN = '2027-03-01T10:00:00Z';
const DAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';

pinClock(NOW);

async function booked(start = TEN_IN_BERLIN, service = {}) {
  const account = await createAccount({ service });
  const response = await request('/bookings', {
    method: 'POST',
    key: account.publishableKey,
    body: bookingBody(account.serviceId, start),
  });
  const booking = await response.json<{ id: string; manageToken: string }>();
  return { ...account, ...booking };
}

const manage = (path: string, token: string, body?: unknown) =>
  request(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Bookafy-Manage-Token': token },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function starts(serviceId: string, key: string) {
  const response = await request(`/slots?serviceId=${serviceId}&${DAY}`, { key });
  return (await response.json<{ slots: { start: string }[] }>()).slots.map((slot) => slot.start);
}

describe('managing a booking with its token', () => {
  it('shows the booking to its token, by header or link, and to nobody else', async () => {
    const { id, manageToken } = await booked();

    const viewed = await manage(`/bookings/${id}`, manageToken);
    expect(viewed.status).toBe(200);
    const shown = await viewed.json();
    expect(shown).toMatchObject({ id, start: TEN_IN_BERLIN, status: 'confirmed' });
    expect(shown).not.toHaveProperty('manageToken');
    expect((await request(`/bookings/${id}?token=${manageToken}`)).status).toBe(200);

    expect((await manage(`/bookings/${id}`, 'mt_wrong')).status).toBe(404);
    expect((await request(`/bookings/${id}`)).status).toBe(404);
  });

  it('cancels once, frees the slot and records who did it', async () => {
    const { id, manageToken, serviceId, publishableKey } = await booked();

    const cancelled = await manage(`/bookings/${id}/cancel`, manageToken, { reason: 'Ill' });

    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await starts(serviceId, publishableKey)).toContain(TEN_IN_BERLIN);
    const again = await manage(`/bookings/${id}/cancel`, manageToken, {});
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'booking_not_changeable' });
    const events = await db
      .select()
      .from(schema.bookingEvents)
      .where(eq(schema.bookingEvents.bookingId, id));
    expect(events.map((event) => event.type)).toEqual(['created', 'cancelled']);
  });

  it('reschedules to a free time, raising the sequence and freeing the old time', async () => {
    const { id, manageToken, serviceId, publishableKey } = await booked();

    const moved = await manage(`/bookings/${id}/reschedule`, manageToken, {
      start: ELEVEN_IN_BERLIN,
    });

    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ start: ELEVEN_IN_BERLIN, sequence: 1 });
    const free = await starts(serviceId, publishableKey);
    expect(free).toContain(TEN_IN_BERLIN);
    expect(free).not.toContain(ELEVEN_IN_BERLIN);
    const outbox = await db
      .select()
      .from(schema.outboxEvents)
      .where(eq(schema.outboxEvents.bookingId, id));
    expect(outbox.map((event) => event.type)).toEqual(['booking.created', 'booking.rescheduled']);
  });

  it('moves within its own old time without blocking itself', async () => {
    // Slots every 15 minutes: 09:15Z overlaps the booking's own 09:00Z–09:30Z.
    const { id, manageToken } = await booked(TEN_IN_BERLIN, { intervalMinutes: 15 });

    const moved = await manage(`/bookings/${id}/reschedule`, manageToken, {
      start: '2027-03-01T09:15:00Z',
    });

    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ end: '2027-03-01T09:45:00Z' });
  });

  it('lists the times it can move to, overlapping ones included, to its token', async () => {
    const { id, manageToken, serviceId, publishableKey } = await booked(TEN_IN_BERLIN, {
      intervalMinutes: 15,
    });

    const listed = await manage(`/bookings/${id}/slots?${DAY}`, manageToken);
    const byLink = await request(`/bookings/${id}/slots?${DAY}&token=${manageToken}`);
    const movable = (await listed.json<{ slots: { start: string }[] }>()).slots.map(
      (slot) => slot.start,
    );
    const offered = await starts(serviceId, publishableKey);

    expect(listed.status).toBe(200);
    expect(byLink.status).toBe(200);
    expect(movable).toContain('2027-03-01T09:15:00Z');
    expect(offered).not.toContain('2027-03-01T09:15:00Z');
    expect(movable).toEqual(expect.arrayContaining(offered));
    expect((await manage(`/bookings/${id}/slots?${DAY}`, 'mt_wrong')).status).toBe(404);
    expect((await request(`/bookings/${id}/slots?${DAY}`)).status).toBe(404);
  });

  it('lets exactly one of a reschedule and a new booking racing for one time through', async () => {
    const { id, manageToken, serviceId, publishableKey } = await booked();

    const [moved, created] = await Promise.all([
      manage(`/bookings/${id}/reschedule`, manageToken, { start: ELEVEN_IN_BERLIN }),
      request('/bookings', {
        method: 'POST',
        key: publishableKey,
        body: bookingBody(serviceId, ELEVEN_IN_BERLIN),
      }),
    ]);

    // Either may win the race; exactly one does, and the other is told the time is taken.
    const winners = [moved.status === 200, created.status === 201].filter(Boolean);
    expect(winners).toHaveLength(1);
    expect([moved.status, created.status]).toContain(409);
    const rows = await db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.startsAt, Date.parse(ELEVEN_IN_BERLIN)));
    expect(rows.filter((row) => row.serviceId === serviceId)).toHaveLength(1);
  });

  it('refuses to move a booking onto a taken time, offering others', async () => {
    const { id, manageToken, serviceId, publishableKey } = await booked();
    await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, ELEVEN_IN_BERLIN),
    });

    const moved = await manage(`/bookings/${id}/reschedule`, manageToken, {
      start: ELEVEN_IN_BERLIN,
    });

    expect(moved.status).toBe(409);
    const problem = await moved.json<{ code: string; alternatives: unknown[] }>();
    expect(problem.code).toBe('slot_taken');
    expect(problem.alternatives.length).toBeGreaterThan(0);
  });

  it('serves a calendar file whose UID holds and whose SEQUENCE rises on reschedule', async () => {
    const { id, manageToken } = await booked();
    const calendar = async () => {
      const response = await request(`/bookings/${id}/calendar.ics?token=${manageToken}`);
      expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
      const parsed = new ICAL.Component(ICAL.parse(await response.text()));
      const event = parsed.getFirstSubcomponent('vevent')!;
      return {
        method: parsed.getFirstPropertyValue('method'),
        uid: event.getFirstPropertyValue('uid'),
        sequence: event.getFirstPropertyValue('sequence'),
        status: event.getFirstPropertyValue('status'),
        start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
      };
    };

    const first = await calendar();
    await manage(`/bookings/${id}/reschedule`, manageToken, { start: ELEVEN_IN_BERLIN });
    const moved = await calendar();
    await manage(`/bookings/${id}/cancel`, manageToken, {});
    const cancelled = await calendar();

    expect(first).toEqual({
      method: 'REQUEST',
      uid: `${id}@bookafy`,
      sequence: 0,
      status: 'CONFIRMED',
      start: '2027-03-01T09:00:00.000Z',
    });
    expect(moved).toMatchObject({ uid: first.uid, sequence: 1, start: '2027-03-01T10:00:00.000Z' });
    expect(cancelled).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: first.uid });
    expect((await request(`/bookings/${id}/calendar.ics?token=mt_wrong`)).status).toBe(404);
  });
});
