import { expect } from '@open-wc/testing';

import { intervalOf, rangeOf, rangeProblems, timeToMinutes } from './schedule-ranges.js';
import { copyMondayToWeekdays, intervalsOfWeek, weekOf } from './schedule-week.js';

const range = (start: string, end: string, nextDay = false) => ({ start, end, nextDay });

describe('schedule ranges', () => {
  it('reads typed times as minutes, with 00:00 as the end meaning midnight', () => {
    expect(timeToMinutes('09:30')).to.equal(570);
    expect(timeToMinutes('24:00')).to.equal(undefined);
    expect(intervalOf(range('18:00', '00:00'))).to.deep.equal({
      startMinute: 1080,
      endMinute: 1440,
    });
    expect(intervalOf(range('22:00', '02:00', true))).to.deep.equal({
      startMinute: 1320,
      endMinute: 1560,
    });
    expect(rangeOf({ startMinute: 1320, endMinute: 1560 })).to.deep.equal(
      range('22:00', '02:00', true),
    );
  });

  it('finds ranges that end before they start, are incomplete or last over a day', () => {
    const problems = rangeProblems(
      [[range('17:00', '09:00'), range('', '10:00'), range('09:00', '10:00', true)]],
      false,
    );

    expect(problems).to.deep.equal([['endNotAfterStart', 'incomplete', 'longerThanADay']]);
  });

  it('finds overlaps within a day, across midnight and from Sunday into Monday', () => {
    const week = [
      [range('01:00', '03:00'), range('02:30', '04:00')],
      [range('22:00', '02:00', true)],
      [range('01:00', '05:00')],
      [],
      [],
      [],
      [range('23:00', '01:30', true)],
    ];

    const problems = rangeProblems(week, true);

    expect(problems[0]).to.deep.equal([undefined, 'overlap']);
    expect(problems[2]).to.deep.equal(['overlap']);
    expect(problems[6]).to.deep.equal(['overlap']);
    expect(
      rangeProblems([[range('09:00', '12:00'), range('12:00', '17:00')]], false),
    ).to.deep.equal([[undefined, undefined]]);
  });
});

describe('schedule week', () => {
  it('turns stored intervals into rows and back, Monday first', () => {
    const stored = [
      { weekday: 7, startMinute: 600, endMinute: 840 },
      { weekday: 1, startMinute: 780, endMinute: 1020 },
      { weekday: 1, startMinute: 540, endMinute: 720 },
    ];

    const week = weekOf(stored);

    expect(week[0]).to.deep.equal([range('09:00', '12:00'), range('13:00', '17:00')]);
    expect(week[6]).to.deep.equal([range('10:00', '14:00')]);
    expect(intervalsOfWeek(week)).to.deep.equal([
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 1, startMinute: 780, endMinute: 1020 },
      { weekday: 7, startMinute: 600, endMinute: 840 },
    ]);
  });

  it("copies Monday's ranges to the other weekdays and leaves the weekend", () => {
    const week = weekOf([
      { weekday: 1, startMinute: 540, endMinute: 1020 },
      { weekday: 3, startMinute: 600, endMinute: 660 },
      { weekday: 6, startMinute: 600, endMinute: 840 },
    ]);

    const copied = copyMondayToWeekdays(week);

    expect(
      copied.slice(0, 5).every((day) => day.length === 1 && day[0]!.start === '09:00'),
    ).to.equal(true);
    expect(copied[5]).to.deep.equal([range('10:00', '14:00')]);
    expect(copied[6]).to.deep.equal([]);
  });
});
