import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { bookingBody, createAdminAccount, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import { storeBookings } from '../data/booking-rows.test-support.js';

// A Friday; the feed reaches from 2026-12-28T12:00Z to 2028-02-26T12:00Z.
pinClock('2027-02-26T12:00:00Z');

async function feedOf(staffId: string, secretKey: string): Promise<string> {
  const created = await request(`/admin/staff/${staffId}/calendar-feed`, {
    method: 'POST',
    key: secretKey,
  });
  const { url } = await created.json<{ url: string }>();
  const response = await request(new URL(url).pathname.replace(/^\/v1/, ''));
  expect(response.status).toBe(200);
  return response.text();
}

/** Every event of a feed as a calendar program reads it, parsed by ical.js. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: event.getFirstPropertyValue('uid'),
      status: event.getFirstPropertyValue('status'),
      sequence: event.getFirstPropertyValue('sequence'),
      start: start.toJSDate().toISOString(),
      end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
      utc: start.zone?.tzid === 'UTC',
      summary: event.getFirstPropertyValue('summary'),
      description: event.getFirstPropertyValue('description'),
    };
  });
}

describe('GET /v1/feeds/{token}.ics', () => {
  it('is named after the staff member and asks to be refreshed every 15 minutes', async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const calendar = new ICAL.Component(ICAL.parse(await feedOf(staffIds[0]!, secretKey)));

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Bookafy//Staff calendar feed//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Staff 1 (Test Studio)');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT15M');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT15M');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });

  it("lists the staff member's bookings with their status, sequence and UTC times", async () => {
    const { accountId, secretKey, publishableKey, serviceId, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });
    const book = async (start: string) => {
      const response = await request('/bookings', {
        method: 'POST',
        key: publishableKey,
        body: bookingBody(serviceId, start, { staffId: staffIds[0] }),
      });
      return (await response.json<{ id: string }>()).id;
    };
    const admin = (path: string, body: unknown) =>
      request(`/admin/bookings/${path}`, {
        method: 'POST',
        key: secretKey,
        body: JSON.stringify(body),
      });
    // Monday 10:00 in Berlin, moved to 11:00; Tuesday 10:00, cancelled.
    const moved = await book('2027-03-01T09:00:00Z');
    expect((await admin(`${moved}/reschedule`, { start: '2027-03-01T10:00:00Z' })).status).toBe(
      200,
    );
    const cancelled = await book('2027-03-02T09:00:00Z');
    expect((await admin(`${cancelled}/cancel`, {})).status).toBe(200);
    const [pending] = await storeBookings(accountId, [
      // 09:00 in Berlin on the Monday after the clocks went forward (CEST, UTC+2).
      {
        serviceId,
        staffId: staffIds[0]!,
        start: '2027-03-29T07:00:00Z',
        status: 'pending',
        customer: { name: 'Grace Hopper', email: 'grace@example.com', phone: '+1 212 555 0100' },
      },
      { serviceId, staffId: staffIds[1]!, start: '2027-03-29T14:00:00Z' },
    ]);

    const events = eventsOf(await feedOf(staffIds[0]!, secretKey));

    expect(events).toEqual([
      {
        uid: `${moved}@bookafy`,
        status: 'CONFIRMED',
        sequence: 1,
        start: '2027-03-01T10:00:00.000Z',
        end: '2027-03-01T10:30:00.000Z',
        utc: true,
        summary: 'Consultation – Ada Lovelace',
        description: `Email: ada@example.com\nReference: ${moved}`,
      },
      {
        uid: `${cancelled}@bookafy`,
        status: 'CANCELLED',
        sequence: 0,
        start: '2027-03-02T09:00:00.000Z',
        end: '2027-03-02T09:30:00.000Z',
        utc: true,
        summary: 'Consultation – Ada Lovelace',
        description: `Email: ada@example.com\nReference: ${cancelled}`,
      },
      {
        uid: `${pending}@bookafy`,
        status: 'TENTATIVE',
        sequence: 0,
        start: '2027-03-29T07:00:00.000Z',
        end: '2027-03-29T07:30:00.000Z',
        utc: true,
        summary: 'Consultation – Grace Hopper',
        description: `Email: grace@example.com\nPhone: +1 212 555 0100\nReference: ${pending}`,
      },
    ]);
  });

  it('reaches from 60 days back to a year ahead', async () => {
    const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;
    const starts = [
      '2026-12-28T11:59:00Z',
      '2026-12-28T12:00:00Z',
      '2028-02-26T11:59:00Z',
      '2028-02-26T12:00:00Z',
    ];
    await storeBookings(
      accountId,
      starts.map((start) => ({ serviceId, staffId, start })),
    );

    const events = eventsOf(await feedOf(staffId, secretKey));

    expect(events.map((event) => event.start)).toEqual([
      '2026-12-28T12:00:00.000Z',
      '2028-02-26T11:59:00.000Z',
    ]);
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', async () => {
    const service = 'Ganzkörpermassage mit ätherischen Ölen; Raum «Süd», pünktlich 🙂';
    const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount({
      service: { name: service },
    });
    const customer = { name: 'Zoë "Z" Müller, Jr.\\', email: 'zoe@example.com' };
    await storeBookings(accountId, [
      { serviceId, staffId: staffIds[0]!, start: '2027-03-01T09:00:00Z', customer },
    ]);

    const text = await feedOf(staffIds[0]!, secretKey);

    const encoder = new TextEncoder();
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(Math.max(...lines.map((line) => encoder.encode(line).length))).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(eventsOf(text)[0]!.summary).toBe(`${service} – ${customer.name}`);
  });
});
