import { describe, expect, it } from 'vitest';

import { createAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

// Monday 2027-03-01; Berlin is on CET (+01:00), New York on EST (-05:00).
const NOW = '2027-02-26T12:00:00Z';
const DAY = 'start=2027-03-01T00:00:00Z&end=2027-03-02T00:00:00Z';

pinClock(NOW);

describe('GET /v1/slots', () => {
  it('lists UTC slots from working hours in the staff member zone', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const response = await request(`/slots?serviceId=${serviceId}&${DAY}`, { key: publishableKey });

    expect(response.status).toBe(200);
    const body = await response.json<{ slots: { start: string; end: string }[] }>();
    expect(body.slots).toHaveLength(16);
    expect(body.slots[0]).toMatchObject({
      start: '2027-03-01T08:00:00Z',
      end: '2027-03-01T08:30:00Z',
    });
    expect(body.slots.at(-1)?.start).toBe('2027-03-01T15:30:00Z');
  });

  it('accepts the key as a query parameter, so a browser GET needs no preflight', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const response = await request(`/slots?serviceId=${serviceId}&${DAY}&key=${publishableKey}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('Bookafy-Bookmark')).toBeTruthy();
  });

  it('merges staff members in different zones and names who is free', async () => {
    const { publishableKey, serviceId, staffIds } = await createAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });

    const all = await request(`/slots?serviceId=${serviceId}&${DAY}`, { key: publishableKey });
    const slots = (await all.json<{ slots: { start: string; staffIds: string[] }[] }>()).slots;
    // Berlin 08:00Z–16:00Z and New York 14:00Z–22:00Z.
    expect(slots).toHaveLength(28);
    expect(slots.find((slot) => slot.start === '2027-03-01T14:00:00Z')?.staffIds).toEqual(staffIds);

    const one = await request(`/slots?serviceId=${serviceId}&staffId=${staffIds[1]}&${DAY}`, {
      key: publishableKey,
    });
    const onlyNewYork = (await one.json<{ slots: { start: string }[] }>()).slots;
    expect(onlyNewYork[0]?.start).toBe('2027-03-01T14:00:00Z');
    expect(onlyNewYork).toHaveLength(16);
  });

  it('refuses a range that is reversed or too long with invalid_request', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const reversed = await request(
      `/slots?serviceId=${serviceId}&start=2027-03-02T00:00:00Z&end=2027-03-01T00:00:00Z`,
      { key: publishableKey },
    );
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toMatchObject({ code: 'invalid_request' });

    const zoned = await request(
      `/slots?serviceId=${serviceId}&start=2027-03-01T00:00:00%2B01:00&end=2027-03-02T00:00:00Z`,
      { key: publishableKey },
    );
    expect(zoned.status).toBe(400);
    const problem = await zoned.json<{ errors: { path: string }[] }>();
    expect(problem.errors.map((error) => error.path)).toEqual(['start']);
  });

  it('answers 404 for a service of another account', async () => {
    const mine = await createAccount();
    const theirs = await createAccount();

    const response = await request(`/slots?serviceId=${theirs.serviceId}&${DAY}`, {
      key: mine.publishableKey,
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });
});
