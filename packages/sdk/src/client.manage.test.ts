import { describe, expect, it } from 'vitest';

import { pinClock } from '../../api/test/pin-clock.js';
import { createAccount } from '../../api/test/fixtures.js';
import { type Exchange } from '../test/injected-fetch.js';
import { connect } from '../test/worker-client.js';
import { rejectionOf } from '../test/rejection-of.js';
import { HttpError } from './errors/http-error.js';
import { SlotTakenError } from './errors/slot-taken-error.js';

const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01 in Berlin (CET, +01:00): 10:00 and 11:00 local.
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const ELEVEN_IN_BERLIN = '2027-03-01T10:00:00Z';

pinClock(NOW);

const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' };

describe('createClient: holds', () => {
  it('holds a slot, which the booking with its holdId then takes over', async () => {
    const { publishableKey, serviceId, staffIds } = await createAccount();
    const client = connect(publishableKey);

    const hold = await client.createHold({ serviceId, start: new Date(TEN_IN_BERLIN) });
    const booking = await client.createBooking({
      serviceId,
      start: TEN_IN_BERLIN,
      holdId: hold.id,
      customer,
    });

    expect(hold).toEqual({
      id: expect.stringMatching(/^hld_/),
      serviceId,
      staffId: staffIds[0],
      start: TEN_IN_BERLIN,
      end: '2027-03-01T09:30:00Z',
      expiresAt: '2027-02-26T12:05:00Z',
    });
    expect(booking).toMatchObject({ status: 'confirmed', start: TEN_IN_BERLIN });
  });

  it('rejects a hold on a booked slot with SlotTakenError, without retrying', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const exchanges: Exchange[] = [];
    const client = connect(publishableKey, exchanges);
    await client.createBooking({ serviceId, start: TEN_IN_BERLIN, customer });

    const error = await rejectionOf(client.createHold({ serviceId, start: TEN_IN_BERLIN }));

    expect(error).toBeInstanceOf(SlotTakenError);
    expect(exchanges.map((exchange) => exchange.method)).toEqual(['POST', 'POST']);
  });
});

describe('createClient: managing a booking with its token', () => {
  async function bookedVisit() {
    const account = await createAccount();
    const exchanges: Exchange[] = [];
    const client = connect(account.publishableKey, exchanges);
    const booking = await client.createBooking({
      serviceId: account.serviceId,
      start: TEN_IN_BERLIN,
      customer,
    });
    return { ...account, client, booking, manageToken: booking.manageToken!, exchanges };
  }

  it('shows the booking to the holder of its manage token, sent as a header', async () => {
    const { client, booking, manageToken, exchanges } = await bookedVisit();

    const seen = await client.getBooking(booking.id, manageToken);

    const { manageToken: _token, ...withoutToken } = booking;
    expect(seen).toEqual(withoutToken);
    expect(exchanges.at(-1)?.headers.get('Bookafy-Manage-Token')).toBe(manageToken);
    expect(exchanges.at(-1)?.url.searchParams.has('token')).toBe(false);
  });

  it('answers a wrong manage token with a 404 HttpError', async () => {
    const { client, booking } = await bookedVisit();

    const error = await rejectionOf(client.getBooking(booking.id, 'mt_wrong'));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect((error as HttpError).message).toContain(`GET /bookings/${booking.id}`);
  });

  it('encodes the booking id, so that an id cannot reach another path', async () => {
    const { client, manageToken, exchanges } = await bookedVisit();

    await rejectionOf(client.getBooking('../bootstrap', manageToken));

    expect(exchanges.at(-1)?.url.pathname).toBe('/v1/bookings/..%2Fbootstrap');
  });

  it('reschedules the booking, freeing the old slot, and rejects a taken time', async () => {
    const { client, booking, manageToken, serviceId } = await bookedVisit();
    await client.createBooking({ serviceId, start: '2027-03-01T11:00:00Z', customer });

    const moved = await client.rescheduleBooking(booking.id, manageToken, {
      start: Date.parse(ELEVEN_IN_BERLIN),
    });
    const taken = await rejectionOf(
      client.rescheduleBooking(booking.id, manageToken, { start: '2027-03-01T11:00:00Z' }),
    );
    const { slots } = await client.listSlots({
      serviceId,
      start: '2027-03-01T00:00:00Z',
      end: '2027-03-02T00:00:00Z',
    });

    expect(moved).toMatchObject({ id: booking.id, start: ELEVEN_IN_BERLIN, sequence: 1 });
    expect(taken).toBeInstanceOf(HttpError);
    expect(taken).toMatchObject({ status: 409 });
    expect(slots.map((slot) => slot.start)).toContain(TEN_IN_BERLIN);
    expect(slots.map((slot) => slot.start)).not.toContain(ELEVEN_IN_BERLIN);
  });

  it('lists the starts the booking can move to, its own time counted as free', async () => {
    const { client, booking, manageToken, serviceId, exchanges } = await bookedVisit();
    const monday = { start: '2027-03-01T00:00:00Z', end: new Date('2027-03-02T00:00:00Z') };

    const movable = await client.listMovableSlots(booking.id, manageToken, monday);
    const offered = await client.listSlots({ serviceId, ...monday });

    expect(movable.slots.map((slot) => slot.start)).toContain(TEN_IN_BERLIN);
    expect(offered.slots.map((slot) => slot.start)).not.toContain(TEN_IN_BERLIN);
    const call = exchanges.find((exchange) => exchange.url.pathname.endsWith('/slots'))!;
    expect(call.url.pathname).toBe(`/v1/bookings/${booking.id}/slots`);
    expect(call.url.searchParams.get('end')).toBe('2027-03-02T00:00:00Z');
    expect(call.headers.get('Bookafy-Manage-Token')).toBe(manageToken);
  });

  it('cancels the booking with a reason, once: a second cancel is refused', async () => {
    const { client, booking, manageToken, exchanges } = await bookedVisit();

    const cancelled = await client.cancelBooking(booking.id, manageToken, { reason: 'Ill' });
    const again = await rejectionOf(client.cancelBooking(booking.id, manageToken));

    expect(cancelled).toMatchObject({ id: booking.id, status: 'cancelled' });
    expect(again).toBeInstanceOf(HttpError);
    expect(again).toMatchObject({ status: 409 });
    expect(exchanges.filter((exchange) => exchange.url.pathname.endsWith('/cancel'))).toHaveLength(
      2,
    );
  });

  it('returns the booking as an iCalendar file', async () => {
    const { client, booking, manageToken } = await bookedVisit();

    const calendar = await client.bookingCalendar(booking.id, manageToken);

    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain('DTSTART:20270301T090000Z');
    expect(calendar).toContain('END:VEVENT');
  });
});
