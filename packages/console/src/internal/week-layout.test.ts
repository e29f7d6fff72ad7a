import { expect } from '@open-wc/testing';

import { DEFAULT_HOURS, layoutWeek, placeOnDay, weekOf } from './week-layout.js';

const booking = (id: string, start: string, end: string) => ({ id, start, end });
const at = (text: string) => Date.parse(text);

describe('weekOf', () => {
  it('finds Monday to Sunday of the local date in the given zone', () => {
    // Sunday 23:30 in New York is already Monday 05:30 in Berlin: another week there.
    const instant = at('2027-01-18T04:30:00Z');

    expect(weekOf(instant, 'America/New_York').dates[0]).to.equal('2027-01-11');
    expect(weekOf(instant, 'Europe/Berlin').dates[0]).to.equal('2027-01-18');
    expect(weekOf(instant, 'Europe/Berlin').dates[6]).to.equal('2027-01-24');
    expect(new Date(weekOf(instant, 'Asia/Tokyo').from).toISOString()).to.equal(
      '2027-01-17T15:00:00.000Z',
    );
  });

  it('crosses a year end without losing a day', () => {
    expect(weekOf(at('2027-01-01T12:00:00Z'), 'UTC').dates).to.deep.equal([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});

describe('layoutWeek', () => {
  const week = weekOf(at('2027-01-20T12:00:00Z'), 'Europe/Berlin');

  it("puts each booking on the day it starts in the viewer's zone", () => {
    const friday = booking('friday', '2027-01-22T15:00:00Z', '2027-01-22T15:30:00Z');

    const inBerlin = layoutWeek([friday], week, 'Europe/Berlin');
    const inTokyo = layoutWeek(
      [friday],
      weekOf(at('2027-01-20T12:00:00Z'), 'Asia/Tokyo'),
      'Asia/Tokyo',
    );

    expect(inBerlin.days[4]!.bookings.map((b) => [b.top, b.bottom])).to.deep.equal([[960, 990]]);
    // 15:00 UTC is midnight of Saturday in Tokyo.
    expect(inTokyo.days[5]!.bookings.map((b) => [b.top, b.bottom])).to.deep.equal([[0, 30]]);
    expect(inTokyo.firstHour).to.equal(0);
  });

  it('sets overlapping bookings side by side and lets the next free one take a column back', () => {
    const layout = layoutWeek(
      [
        booking('a', '2027-01-19T09:00:00Z', '2027-01-19T10:00:00Z'),
        booking('b', '2027-01-19T09:30:00Z', '2027-01-19T10:30:00Z'),
        booking('c', '2027-01-19T10:00:00Z', '2027-01-19T10:30:00Z'),
        booking('d', '2027-01-19T12:00:00Z', '2027-01-19T12:30:00Z'),
      ],
      week,
      'UTC',
    );

    const tuesday = layout.days[1]!.bookings;
    expect(tuesday.map((b) => [b.booking.id, b.column, b.columns])).to.deep.equal([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
      ['d', 0, 1],
    ]);
  });

  it('shows at least the default hours, and widens them to every booking and working span', () => {
    const quiet = layoutWeek([], week, 'UTC');
    const early = layoutWeek(
      [booking('early', '2027-01-19T06:15:00Z', '2027-01-19T06:45:00Z')],
      week,
      'UTC',
      [{ top: 600, bottom: 1230 }],
    );

    expect([quiet.firstHour, quiet.lastHour]).to.deep.equal([
      DEFAULT_HOURS.first,
      DEFAULT_HOURS.last,
    ]);
    expect([early.firstHour, early.lastHour]).to.deep.equal([6, 21]);
  });

  it('leaves out bookings that start outside the week', () => {
    const layout = layoutWeek(
      [booking('before', '2027-01-17T22:00:00Z', '2027-01-17T22:30:00Z')],
      week,
      'Europe/Berlin',
    );

    expect(layout.days.flatMap((day) => day.bookings)).to.deep.equal([]);
  });
});

describe('placeOnDay', () => {
  it('runs a booking that ends after midnight to the end of its first day', () => {
    expect(
      placeOnDay(at('2027-01-19T22:30:00Z'), at('2027-01-19T23:30:00Z'), 'Europe/Berlin'),
    ).to.deep.equal({
      date: '2027-01-19',
      top: 1410,
      bottom: 1440,
      continues: true,
    });
  });
});
