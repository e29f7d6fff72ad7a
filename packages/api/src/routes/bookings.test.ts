import { describe, expect, it } from 'vitest';

import { bookingBody, createAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01 10:00 in Berlin (CET, +01:00).
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const DAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';

pinClock(NOW);

async function slotStarts(serviceId: string, key: string): Promise<string[]> {
  const response = await request(`/slots?serviceId=${serviceId}&${DAY}`, { key });
  return (await response.json<{ slots: { start: string }[] }>()).slots.map((slot) => slot.start);
}

describe('POST /v1/bookings', () => {
  it('books a free slot, which is then no longer offered', async () => {
    const { publishableKey, serviceId, staffIds } = await createAccount();

    const response = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, TEN_IN_BERLIN),
    });

    expect(response.status).toBe(201);
    const booking = await response.json<{ id: string }>();
    expect(booking).toMatchObject({
      status: 'confirmed',
      serviceId,
      staffId: staffIds[0],
      start: TEN_IN_BERLIN,
      end: '2027-03-01T09:30:00Z',
      timeZone: 'Europe/Berlin',
      customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' },
      createdAt: NOW,
    });
    expect(booking.id).toMatch(/^bkg_/);
    expect(response.headers.get('Location')).toBe(`/v1/bookings/${booking.id}`);
    expect(await slotStarts(serviceId, publishableKey)).not.toContain(TEN_IN_BERLIN);
  });

  it('answers a taken slot with 409 slot_taken', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const book = () =>
      request('/bookings', {
        method: 'POST',
        key: publishableKey,
        body: bookingBody(serviceId, TEN_IN_BERLIN),
      });

    expect((await book()).status).toBe(201);
    const second = await book();

    expect(second.status).toBe(409);
    expect(second.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await second.json()).toMatchObject({ code: 'slot_taken', status: 409 });
  });

  it('lets exactly one of 20 concurrent bookings of one slot through', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        request('/bookings', {
          method: 'POST',
          key: publishableKey,
          body: bookingBody(serviceId, TEN_IN_BERLIN, {
            customer: { name: `Visitor ${index}`, email: `v${index}@example.com`, timeZone: 'UTC' },
          }),
        }),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    expect(await slotStarts(serviceId, publishableKey)).not.toContain(TEN_IN_BERLIN);
  });

  it('keeps the buffers around a booking free of other bookings', async () => {
    const { publishableKey, serviceId } = await createAccount({ bufferAfterMinutes: 15 });
    const response = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, TEN_IN_BERLIN),
    });
    expect(response.status).toBe(201);

    // Blocked 09:00Z–09:45Z: 08:30Z would need its own buffer until 09:15Z, 09:30Z starts
    // inside the booking's buffer, and 10:00Z is the next free start.
    const starts = await slotStarts(serviceId, publishableKey);
    expect(starts).not.toContain('2027-03-01T08:30:00Z');
    expect(starts).not.toContain('2027-03-01T09:30:00Z');
    expect(starts).toContain('2027-03-01T08:00:00Z');
    expect(starts).toContain('2027-03-01T10:00:00Z');
  });

  it('gives the next free staff member when the first is taken', async () => {
    const { publishableKey, serviceId, staffIds } = await createAccount({
      staffZones: ['Europe/Berlin', 'Europe/Berlin'],
    });
    const book = () =>
      request('/bookings', {
        method: 'POST',
        key: publishableKey,
        body: bookingBody(serviceId, TEN_IN_BERLIN),
      });

    const first = await (await book()).json<{ staffId: string }>();
    const second = await (await book()).json<{ staffId: string }>();
    const third = await book();

    expect([first.staffId, second.staffId]).toEqual(staffIds);
    expect(third.status).toBe(409);
  });

  it('refuses a start that is not a slot with 422 slot_unavailable', async () => {
    const { publishableKey, serviceId } = await createAccount();

    for (const start of ['2027-03-01T09:10:00Z', '2027-03-01T20:00:00Z', '2027-02-26T08:00:00Z']) {
      const response = await request('/bookings', {
        method: 'POST',
        key: publishableKey,
        body: bookingBody(serviceId, start),
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ code: 'slot_unavailable' });
    }
  });

  it('lists every invalid field of a bad body and writes nothing', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const response = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: JSON.stringify({
        serviceId,
        start: TEN_IN_BERLIN,
        customer: { name: ' ', email: 'not-an-email', timeZone: 'Mars/Olympus' },
      }),
    });

    expect(response.status).toBe(400);
    const problem = await response.json<{ code: string; errors: { path: string }[] }>();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors.map((error) => error.path).sort()).toEqual([
      'customer.email',
      'customer.name',
      'customer.timeZone',
    ]);
    expect(await slotStarts(serviceId, publishableKey)).toContain(TEN_IN_BERLIN);
  });

  it('answers a body that is not JSON with invalid_request', async () => {
    const { publishableKey } = await createAccount();

    const response = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: '{"serviceId":',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'invalid_request' });
  });

  it('cannot book the service of another account', async () => {
    const mine = await createAccount();
    const theirs = await createAccount();

    const response = await request('/bookings', {
      method: 'POST',
      key: mine.publishableKey,
      body: bookingBody(theirs.serviceId, TEN_IN_BERLIN),
    });

    expect(response.status).toBe(404);
    expect(await slotStarts(theirs.serviceId, theirs.publishableKey)).toContain(TEN_IN_BERLIN);
  });
});
