import { expect } from '@open-wc/testing';

import { weekOf } from './week-layout.js';
import { workingSpans } from './week-working-hours.js';

describe('workingSpans', () => {
  const mondayToFriday = (startMinute: number, endMinute: number) =>
    [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute }));

  it("states a New York working day in a Berlin viewer's hours", () => {
    const week = weekOf(Date.parse('2027-01-20T12:00:00Z'), 'Europe/Berlin');

    const spans = workingSpans(
      mondayToFriday(600, 1080),
      'America/New_York',
      week,
      'Europe/Berlin',
    );

    // 10:00–18:00 in New York is 16:00–24:00 in Berlin, five times.
    expect(spans).to.deep.equal(Array.from({ length: 5 }, () => ({ top: 960, bottom: 1440 })));
  });

  it("splits hours that cross the viewer's midnight and keeps only those inside the week", () => {
    const week = weekOf(Date.parse('2027-01-20T12:00:00Z'), 'Asia/Tokyo');

    // Friday 09:00–17:00 in Berlin is 17:00 Friday to 01:00 Saturday in Tokyo.
    const spans = workingSpans(
      [{ weekday: 5, startMinute: 540, endMinute: 1020 }],
      'Europe/Berlin',
      week,
      'Asia/Tokyo',
    );

    expect(spans).to.deep.equal([
      { top: 1020, bottom: 1440 },
      { top: 0, bottom: 60 },
    ]);
  });

  it("keeps a shift that opens the viewer's week and drops one that falls after it", () => {
    const week = weekOf(Date.parse('2027-01-20T12:00:00Z'), 'Asia/Tokyo');

    // Sunday 10:00–12:00 in New York is Monday 00:00–02:00 in Tokyo: the Sunday before this
    // week opens it, and the last Sunday of it belongs to the next week.
    const spans = workingSpans(
      [{ weekday: 7, startMinute: 600, endMinute: 720 }],
      'America/New_York',
      week,
      'Asia/Tokyo',
    );

    expect(spans).to.deep.equal([{ top: 0, bottom: 120 }]);
  });
});
