import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import { setAccountZone, storeBookings } from '../../data/booking-rows.test-support.js';
import { parseCsv } from '../../data/parse-csv.test-support.js';

pinClock('2027-02-26T12:00:00Z');

/** Start, end and zone columns, local and UTC, of every booking exported over 2027. */
async function exportedTimes(secretKey: string) {
  const response = await request(
    '/admin/bookings/export.csv?from=2027-01-01T00:00:00Z&to=2028-01-01T00:00:00Z',
    { key: secretKey },
  );
  const [, ...rows] = parseCsv(await response.text());
  return rows.map((row) => row.slice(4, 9));
}

async function accountWith(timeZone: string, bookings: { start: string; minutes: number }[]) {
  const { accountId, secretKey, serviceId, staffIds } = await createAdminAccount();
  await setAccountZone(accountId, timeZone);
  await storeBookings(
    accountId,
    bookings.map((booking) => ({ ...booking, serviceId, staffId: staffIds[0]! })),
  );
  return secretKey;
}

describe('local times in the bookings export across DST changes', () => {
  it("states Berlin's wall clock on both sides of spring forward and fall back", async () => {
    const secretKey = await accountWith('Europe/Berlin', [
      { start: '2027-03-27T09:00:00Z', minutes: 60 },
      // 01:30 CET to 03:30 CEST: the hour from 02:00 to 03:00 does not exist that night.
      { start: '2027-03-28T00:30:00Z', minutes: 60 },
      { start: '2027-03-29T09:00:00Z', minutes: 60 },
      // 02:30 happens twice on 31 October: first in CEST, then in CET.
      { start: '2027-10-31T00:30:00Z', minutes: 30 },
      { start: '2027-10-31T01:30:00Z', minutes: 30 },
    ]);

    expect(await exportedTimes(secretKey)).toEqual([
      [
        '2027-03-27T09:00:00Z',
        '2027-03-27T10:00:00Z',
        '2027-03-27 10:00',
        '2027-03-27 11:00',
        'Europe/Berlin',
      ],
      [
        '2027-03-28T00:30:00Z',
        '2027-03-28T01:30:00Z',
        '2027-03-28 01:30',
        '2027-03-28 03:30',
        'Europe/Berlin',
      ],
      [
        '2027-03-29T09:00:00Z',
        '2027-03-29T10:00:00Z',
        '2027-03-29 11:00',
        '2027-03-29 12:00',
        'Europe/Berlin',
      ],
      [
        '2027-10-31T00:30:00Z',
        '2027-10-31T01:00:00Z',
        '2027-10-31 02:30',
        '2027-10-31 02:00',
        'Europe/Berlin',
      ],
      [
        '2027-10-31T01:30:00Z',
        '2027-10-31T02:00:00Z',
        '2027-10-31 02:30',
        '2027-10-31 03:00',
        'Europe/Berlin',
      ],
    ]);
  });

  it("states New York's wall clock on the night it springs forward", async () => {
    const secretKey = await accountWith('America/New_York', [
      { start: '2027-03-14T06:30:00Z', minutes: 60 },
      { start: '2027-03-15T13:00:00Z', minutes: 30 },
    ]);

    expect(await exportedTimes(secretKey)).toEqual([
      [
        '2027-03-14T06:30:00Z',
        '2027-03-14T07:30:00Z',
        '2027-03-14 01:30',
        '2027-03-14 03:30',
        'America/New_York',
      ],
      [
        '2027-03-15T13:00:00Z',
        '2027-03-15T13:30:00Z',
        '2027-03-15 09:00',
        '2027-03-15 09:30',
        'America/New_York',
      ],
    ]);
  });
});
