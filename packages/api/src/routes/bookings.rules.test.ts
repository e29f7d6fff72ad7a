import { describe, expect, it } from 'vitest';

import {
  addDateOverride,
  addTimeOff,
  bookingBody,
  createAccount,
  request,
} from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

// Monday 2027-03-01; Berlin is on CET (+01:00), so 10:00 there is 09:00Z.
const NOW = '2027-02-26T12:00:00Z';
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const DAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';

pinClock(NOW);

type SlotBody = { slots: { start: string; end: string; staffIds: string[]; seatsLeft: number }[] };

async function slots(serviceId: string, key: string, extra = '') {
  const response = await request(`/slots?serviceId=${serviceId}&${DAY}${extra}`, { key });
  return (await response.json<SlotBody>()).slots;
}

function book(key: string, serviceId: string, start: string, extra: Record<string, unknown> = {}) {
  return request('/bookings', { method: 'POST', key, body: bookingBody(serviceId, start, extra) });
}

describe('booking a group session', () => {
  it('fills exactly the seats of a session, even when 100 visitors book at once', async () => {
    const { publishableKey, serviceId } = await createAccount({ service: { capacity: 3 } });
    expect((await slots(serviceId, publishableKey))[0]?.seatsLeft).toBe(3);

    // A hundred visitors, each from their own address, so that none is rate limited.
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, visitor) =>
        request('/bookings', {
          method: 'POST',
          key: publishableKey,
          body: bookingBody(serviceId, TEN_IN_BERLIN),
          headers: { 'CF-Connecting-IP': `203.0.113.${visitor}` },
        }),
      ),
    );

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(97);
    const after = await slots(serviceId, publishableKey);
    expect(after.map((slot) => slot.start)).not.toContain(TEN_IN_BERLIN);
  });

  it('counts the seats left as visitors join', async () => {
    const { publishableKey, serviceId } = await createAccount({ service: { capacity: 3 } });

    expect((await book(publishableKey, serviceId, TEN_IN_BERLIN)).status).toBe(201);

    const slot = (await slots(serviceId, publishableKey)).find((s) => s.start === TEN_IN_BERLIN);
    expect(slot?.seatsLeft).toBe(2);
  });
});

describe('booking under a daily limit', () => {
  it('lets only one of two concurrent bookings on one day through', async () => {
    const { publishableKey, serviceId } = await createAccount({ service: { maxPerDay: 1 } });

    const responses = await Promise.all([
      book(publishableKey, serviceId, '2027-03-01T09:00:00Z'),
      book(publishableKey, serviceId, '2027-03-01T13:00:00Z'),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(await slots(serviceId, publishableKey)).toEqual([]);
  });
});

describe('time off and date overrides', () => {
  it('offers nothing during time off and refuses to book it', async () => {
    const { accountId, publishableKey, serviceId, staffIds } = await createAccount();
    await addTimeOff(accountId, staffIds[0]!, '2027-03-01T08:00:00Z', '2027-03-01T12:00:00Z');

    const starts = (await slots(serviceId, publishableKey)).map((slot) => slot.start);
    expect(starts[0]).toBe('2027-03-01T12:00:00Z');
    expect((await book(publishableKey, serviceId, TEN_IN_BERLIN)).status).toBe(422);
  });

  it('follows a date override instead of the weekly hours', async () => {
    const { accountId, publishableKey, serviceId, staffIds } = await createAccount();
    await addDateOverride(accountId, staffIds[0]!, '2027-03-01', [
      { startMinute: 18 * 60, endMinute: 19 * 60 },
    ]);

    const starts = (await slots(serviceId, publishableKey)).map((slot) => slot.start);
    expect(starts).toEqual(['2027-03-01T17:00:00Z', '2027-03-01T17:30:00Z']);
  });
});

describe('choosing a duration', () => {
  it('lists and books a duration the service offers besides its default', async () => {
    const { publishableKey, serviceId } = await createAccount({
      service: { alternativeDurationsMinutes: [60] },
    });

    const long = await slots(serviceId, publishableKey, '&durationMinutes=60');
    expect(long[0]).toMatchObject({ start: '2027-03-01T08:00:00Z', end: '2027-03-01T09:00:00Z' });
    expect(long).toHaveLength(8);

    const response = await book(publishableKey, serviceId, '2027-03-01T08:00:00Z', {
      durationMinutes: 60,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ end: '2027-03-01T09:00:00Z' });
  });

  it('refuses a duration the service does not offer', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const response = await book(publishableKey, serviceId, TEN_IN_BERLIN, { durationMinutes: 45 });

    expect(response.status).toBe(400);
    const problem = await response.json<{ errors: { path: string }[] }>();
    expect(problem.errors.map((error) => error.path)).toEqual(['durationMinutes']);
  });
});

describe('booking with anyone', () => {
  it('gives the slot to the staff member with fewer appointments that day', async () => {
    const { publishableKey, serviceId, staffIds } = await createAccount({
      staffZones: ['Europe/Berlin', 'Europe/Berlin'],
    });
    const first = await book(publishableKey, serviceId, '2027-03-01T08:00:00Z');
    expect(await first.json()).toMatchObject({ staffId: staffIds[0] });

    const listed = (await slots(serviceId, publishableKey)).find((s) => s.start === TEN_IN_BERLIN);
    expect(listed?.staffIds).toEqual([staffIds[1], staffIds[0]]);
    const second = await book(publishableKey, serviceId, TEN_IN_BERLIN);
    expect(await second.json()).toMatchObject({ staffId: staffIds[1] });
  });
});
