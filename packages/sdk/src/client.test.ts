import { describe, expect, it } from 'vitest';

import { pinClock } from '../../api/test/pin-clock.js';
import { createAccount } from '../../api/test/fixtures.js';
import { type Exchange } from '../test/injected-fetch.js';
import { connect } from '../test/worker-client.js';
import { BookafyError } from './errors/bookafy-error.js';
import { HttpError } from './errors/http-error.js';
import { SlotTakenError } from './errors/slot-taken-error.js';
import { ValidationError } from './errors/validation-error.js';

const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01: Berlin is on CET (+01:00), so its 09:00–17:00 is 08:00Z–16:00Z.
const MONDAY = '2027-03-01T00:00:00Z';
const TUESDAY = '2027-03-02T00:00:00Z';
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';

pinClock(NOW);

function visitorBooking(serviceId: string, start: string) {
  return {
    serviceId,
    start,
    customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' },
  };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('createClient', () => {
  it('bootstraps the account, its services and its staff', async () => {
    const { accountId, publishableKey, serviceId, staffIds } = await createAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });

    const bootstrap = await connect(publishableKey).bootstrap();

    expect(bootstrap).toEqual({
      account: {
        id: accountId,
        slug: accountId.replace('_', '-'),
        name: 'Test Studio',
        timeZone: 'Europe/Berlin',
        plan: 'free',
        branding: {},
        features: { removeBranding: false },
      },
      services: [
        {
          id: serviceId,
          name: 'Consultation',
          description: '',
          durationMinutes: 30,
          alternativeDurationsMinutes: [],
          capacity: 1,
          horizonDays: 60,
          staffIds,
          questions: [],
          timeZoneDisplay: 'visitor',
        },
      ],
      staff: [
        { id: staffIds[0], name: 'Staff 1', timeZone: 'Europe/Berlin' },
        { id: staffIds[1], name: 'Staff 2', timeZone: 'America/New_York' },
      ],
    });
  });

  it('lists the same UTC slots for a range given as Dates, epoch numbers or strings', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const exchanges: Exchange[] = [];
    const client = connect(publishableKey, exchanges);

    const fromDates = await client.listSlots({
      serviceId,
      start: new Date(MONDAY),
      end: new Date(TUESDAY),
    });
    const fromNumbers = await client.listSlots({
      serviceId,
      start: Date.parse(MONDAY),
      end: Date.parse(TUESDAY),
    });
    const fromStrings = await client.listSlots({ serviceId, start: MONDAY, end: TUESDAY });

    for (const { url } of exchanges) {
      expect(url.searchParams.get('start')).toBe(MONDAY);
      expect(url.searchParams.get('end')).toBe(TUESDAY);
    }
    expect(fromDates.serviceId).toBe(serviceId);
    expect(fromDates.slots).toHaveLength(16);
    expect(fromDates.slots[0]).toMatchObject({
      start: '2027-03-01T08:00:00Z',
      end: '2027-03-01T08:30:00Z',
    });
    expect(fromDates.slots.at(-1)?.start).toBe('2027-03-01T15:30:00Z');
    expect(fromNumbers).toEqual(fromDates);
    expect(fromStrings).toEqual(fromDates);
  });

  it('books a slot, which the next listSlots no longer offers', async () => {
    const { publishableKey, serviceId, staffIds } = await createAccount();
    const client = connect(publishableKey);

    const booking = await client.createBooking(visitorBooking(serviceId, TEN_IN_BERLIN));
    const { slots } = await client.listSlots({ serviceId, start: MONDAY, end: TUESDAY });

    expect(booking).toMatchObject({
      status: 'confirmed',
      serviceId,
      staffId: staffIds[0],
      start: TEN_IN_BERLIN,
      end: '2027-03-01T09:30:00Z',
      timeZone: 'Europe/Berlin',
      createdAt: NOW,
    });
    expect(booking.id).toMatch(/^bkg_/);
    expect(slots.map((slot) => slot.start)).not.toContain(TEN_IN_BERLIN);
    expect(slots).toHaveLength(15);
  });

  it('sends back the bookmark of the latest response, on GETs and POSTs alike', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const exchanges: Exchange[] = [];
    const client = connect(publishableKey, exchanges);

    await client.bootstrap();
    await client.listSlots({ serviceId, start: MONDAY, end: TUESDAY });
    await client.createBooking(visitorBooking(serviceId, TEN_IN_BERLIN));
    await client.listSlots({ serviceId, start: MONDAY, end: TUESDAY });

    const [first, ...later] = exchanges;
    expect(first?.url.searchParams.has('bookmark')).toBe(false);
    expect(later.map((exchange) => exchange.method)).toEqual(['GET', 'POST', 'GET']);
    later.forEach((exchange, index) => {
      const previous = exchanges[index]!.returnedBookmark;
      expect(previous).toBeTruthy();
      const sent =
        exchange.method === 'GET'
          ? exchange.url.searchParams.get('bookmark')
          : exchange.headers.get('Bookafy-Bookmark');
      expect(sent).toBe(previous);
    });
  });

  it('rejects a second booking of one slot with SlotTakenError', async () => {
    const { publishableKey, serviceId } = await createAccount();
    const client = connect(publishableKey);
    await client.createBooking(visitorBooking(serviceId, TEN_IN_BERLIN));

    const error = await rejectionOf(client.createBooking(visitorBooking(serviceId, TEN_IN_BERLIN)));

    expect(error).toBeInstanceOf(SlotTakenError);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(BookafyError);
    expect(error).toMatchObject({ name: 'SlotTakenError', status: 409, code: 'slot_taken' });
    expect((error as SlotTakenError).requestId).toMatch(/^req_/);
    expect((error as SlotTakenError).message).toContain('POST /bookings');
  });

  it('rejects a refused body with ValidationError listing each invalid field', async () => {
    const { publishableKey, serviceId } = await createAccount();

    const error = await rejectionOf(
      connect(publishableKey).createBooking({
        serviceId,
        start: TEN_IN_BERLIN,
        customer: { name: ' ', email: 'not-an-email', timeZone: 'Mars/Olympus' },
      }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request' });
    const paths = (error as ValidationError).fieldErrors.map((fieldError) => fieldError.path);
    expect(paths.sort()).toEqual(['customer.email', 'customer.name', 'customer.timeZone']);
  });

  it('rejects an unknown publishable key with a 401 HttpError, without retrying', async () => {
    const exchanges: Exchange[] = [];

    const error = await rejectionOf(connect('pk_test_unknown', exchanges).bootstrap());

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ name: 'HttpError', status: 401, code: 'unauthorized' });
    expect((error as HttpError).message).toContain('GET /bootstrap');
    expect(exchanges).toHaveLength(1);
  });
});
