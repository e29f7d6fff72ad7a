import { expect } from '@open-wc/testing';

import { layoutWeek, placeOnDay, weekOf } from './week-layout.js';
import { instantAt, wallTimeOf } from './week-zone.js';

const booking = (id: string, start: string, end: string) => ({ id, start, end });
const at = (text: string) => Date.parse(text);

describe('the week layout on days when clocks change', () => {
  describe('America/New_York, Sunday 2027-03-14 (23 hours: 02:00 EST becomes 03:00 EDT)', () => {
    const zone = 'America/New_York';
    const week = weekOf(at('2027-03-14T16:00:00Z'), zone);

    it('runs the week from local midnight to local midnight, one hour short', () => {
      expect(week.dates).to.deep.equal([
        '2027-03-08',
        '2027-03-09',
        '2027-03-10',
        '2027-03-11',
        '2027-03-12',
        '2027-03-13',
        '2027-03-14',
      ]);
      expect(new Date(week.from).toISOString()).to.equal('2027-03-08T05:00:00.000Z');
      expect(new Date(week.to).toISOString()).to.equal('2027-03-15T04:00:00.000Z');
      expect(week.to - week.from).to.equal(167 * 3_600_000);
    });

    it('places bookings after the change by wall clock, not by hours since midnight', () => {
      const layout = layoutWeek(
        [
          // 10:00 EDT is only 9 hours after midnight, and 23:30 EDT 22.5 hours.
          booking('morning', '2027-03-14T14:00:00Z', '2027-03-14T15:00:00Z'),
          booking('late', '2027-03-15T03:30:00Z', '2027-03-15T04:00:00Z'),
        ],
        week,
        zone,
      );
      const sunday = layout.days[6]!;

      expect(sunday.bookings.map((b) => [b.booking.id, b.top, b.bottom])).to.deep.equal([
        ['morning', 600, 660],
        ['late', 1410, 1440],
      ]);
      expect(layout.lastHour).to.equal(24);
    });

    it('stretches a booking across the missing hour from its wall-clock start to its end', () => {
      // 01:30 EST to 03:30 EDT: one hour long, drawn from the 01:30 row to the 03:30 row.
      expect(
        placeOnDay(at('2027-03-14T06:30:00Z'), at('2027-03-14T07:30:00Z'), zone),
      ).to.deep.equal({ date: '2027-03-14', top: 90, bottom: 210, continues: false });
    });

    it('reads a time inside the gap as the same time after the clocks moved on', () => {
      expect(new Date(instantAt('2027-03-14', 150, zone)).toISOString()).to.equal(
        '2027-03-14T07:30:00.000Z',
      );
      expect(wallTimeOf(instantAt('2027-03-14', 150, zone), zone)).to.deep.equal({
        date: '2027-03-14',
        minutes: 210,
      });
    });
  });

  describe('Europe/Berlin, Sunday 2027-10-31 (25 hours: 03:00 CEST becomes 02:00 CET)', () => {
    const zone = 'Europe/Berlin';
    const week = weekOf(at('2027-10-27T12:00:00Z'), zone);

    it('runs the week from local midnight to local midnight, one hour long', () => {
      expect(week.dates[0]).to.equal('2027-10-25');
      expect(week.dates[6]).to.equal('2027-10-31');
      expect(new Date(week.from).toISOString()).to.equal('2027-10-24T22:00:00.000Z');
      expect(new Date(week.to).toISOString()).to.equal('2027-10-31T23:00:00.000Z');
      expect(week.to - week.from).to.equal(169 * 3_600_000);
    });

    it('puts both 02:30s on the 02:30 row side by side, listed in the order they happen', () => {
      const layout = layoutWeek(
        [
          booking('second', '2027-10-31T01:30:00Z', '2027-10-31T02:00:00Z'),
          booking('first', '2027-10-31T00:30:00Z', '2027-10-31T00:45:00Z'),
          booking('evening', '2027-10-31T22:30:00Z', '2027-10-31T23:00:00Z'),
        ],
        week,
        zone,
      );
      const sunday = layout.days[6]!;

      expect(
        sunday.bookings.map((b) => [b.booking.id, b.top, b.bottom, b.column, b.columns]),
      ).to.deep.equal([
        ['first', 150, 165, 0, 2],
        ['second', 150, 180, 1, 2],
        // 23:30 CET is 24.5 hours after midnight; it still sits on the 23:30 row.
        ['evening', 1410, 1440, 0, 1],
      ]);
      expect([layout.firstHour, layout.lastHour]).to.deep.equal([2, 24]);
    });

    it('keeps the real length of a booking whose wall-clock end comes before its start', () => {
      // 02:30 CEST to 02:15 CET is 45 minutes.
      expect(
        placeOnDay(at('2027-10-31T00:30:00Z'), at('2027-10-31T01:15:00Z'), zone),
      ).to.deep.equal({ date: '2027-10-31', top: 150, bottom: 195, continues: false });
    });

    it('reads an ambiguous time as its first occurrence', () => {
      expect(new Date(instantAt('2027-10-31', 150, zone)).toISOString()).to.equal(
        '2027-10-31T00:30:00.000Z',
      );
    });
  });
});
