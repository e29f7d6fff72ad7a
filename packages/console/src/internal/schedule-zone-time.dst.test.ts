import { expect } from '@open-wc/testing';

import {
  formatWallClock,
  localDayRange,
  parseWallClock,
  utcToWallClock,
  wallClockToUtc,
} from './schedule-zone-time.js';

const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('wallClockToUtc across DST changes', () => {
  it('gives the offset in force on each side of a spring-forward night', () => {
    // New York springs forward on 2027-03-14 at 02:00 EST (07:00Z).
    expect(iso(wallClockToUtc('2027-03-14', 90, 'America/New_York'))).to.equal(
      '2027-03-14T06:30:00.000Z',
    );
    expect(iso(wallClockToUtc('2027-03-14', 180, 'America/New_York'))).to.equal(
      '2027-03-14T07:00:00.000Z',
    );
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // 02:30 never happens in New York that night; it becomes 03:30 EDT.
    expect(iso(wallClockToUtc('2027-03-14', 150, 'America/New_York'))).to.equal(
      '2027-03-14T07:30:00.000Z',
    );
    // Berlin springs forward on 2027-03-28 at 02:00 CET; 02:15 becomes 03:15 CEST.
    expect(iso(wallClockToUtc('2027-03-28', 135, 'Europe/Berlin'))).to.equal(
      '2027-03-28T01:15:00.000Z',
    );
  });

  it('takes the first occurrence of a time that a fall-back night repeats', () => {
    // New York falls back on 2027-11-07 at 02:00 EDT (06:00Z): 01:30 happens twice.
    expect(iso(wallClockToUtc('2027-11-07', 90, 'America/New_York'))).to.equal(
      '2027-11-07T05:30:00.000Z',
    );
    expect(iso(wallClockToUtc('2027-11-07', 150, 'America/New_York'))).to.equal(
      '2027-11-07T07:30:00.000Z',
    );
  });

  it('handles zones south of the equator and with part-hour offsets', () => {
    // Sydney leaves daylight time on 2027-04-04 at 03:00 AEDT: 02:30 happens twice.
    expect(iso(wallClockToUtc('2027-04-04', 150, 'Australia/Sydney'))).to.equal(
      '2027-04-03T15:30:00.000Z',
    );
    expect(iso(wallClockToUtc('2027-03-14', 600, 'Asia/Kathmandu'))).to.equal(
      '2027-03-14T04:15:00.000Z',
    );
  });

  it('gives local days of 23 and 25 hours on the nights the clocks change', () => {
    const spring = localDayRange('2027-03-28', 'Europe/Berlin');
    const autumn = localDayRange('2027-10-31', 'Europe/Berlin');

    expect([iso(spring.start), (spring.end - spring.start) / 3_600_000]).to.deep.equal([
      '2027-03-27T23:00:00.000Z',
      23,
    ]);
    expect([iso(autumn.start), (autumn.end - autumn.start) / 3_600_000]).to.deep.equal([
      '2027-10-30T22:00:00.000Z',
      25,
    ]);
  });
});

describe('utcToWallClock', () => {
  it("reads an instant on each zone's own wall clock", () => {
    const instant = Date.parse('2027-03-14T07:30:00Z');

    expect(formatWallClock(utcToWallClock(instant, 'America/New_York'))).to.equal(
      '2027-03-14T03:30',
    );
    expect(formatWallClock(utcToWallClock(instant, 'Asia/Tokyo'))).to.equal('2027-03-14T16:30');
    expect(formatWallClock(utcToWallClock(instant, 'Pacific/Honolulu'))).to.equal(
      '2027-03-13T21:30',
    );
  });

  it('returns the wall clock that wallClockToUtc was given outside gaps', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']) {
      for (const text of ['2027-03-28T01:59', '2027-10-31T03:00', '2027-07-01T23:45']) {
        const wall = parseWallClock(text)!;
        const back = utcToWallClock(wallClockToUtc(wall.date, wall.minute, zone), zone);
        expect(formatWallClock(back), `${text} in ${zone}`).to.equal(text);
      }
    }
  });
});

describe('parseWallClock', () => {
  it('reads datetime-local values and refuses dates that do not exist', () => {
    expect(parseWallClock('2027-03-14T09:30')).to.deep.equal({ date: '2027-03-14', minute: 570 });
    expect(parseWallClock('2027-03-14T09:30:00')).to.deep.equal({
      date: '2027-03-14',
      minute: 570,
    });
    expect(parseWallClock('2027-02-30T09:30')).to.equal(undefined);
    expect(parseWallClock('2027-03-14 09:30')).to.equal(undefined);
    expect(parseWallClock('')).to.equal(undefined);
  });
});
