import { expect } from '@open-wc/testing';

import {
  addDays,
  addMonths,
  addMonthsToDate,
  fullDate,
  isoWeekday,
  monthWeeks,
  weekdayNames,
} from './schedule-month.js';

describe('schedule month helpers', () => {
  it('lays a month out in weeks that start on Monday', () => {
    const weeks = monthWeeks('2027-03');

    // 1 March 2027 is a Monday; the 31st a Wednesday.
    expect(weeks).to.have.length(5);
    expect(weeks[0]![0]).to.equal('2027-03-01');
    expect(weeks[4]).to.deep.equal([
      '2027-03-29',
      '2027-03-30',
      '2027-03-31',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(monthWeeks('2027-02')[0]).to.deep.equal([
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
    ]);
  });

  it('moves by days, months and years across their ends', () => {
    expect(addDays('2027-02-28', 1)).to.equal('2027-03-01');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
    expect(addMonths('2027-12', 1)).to.equal('2028-01');
    expect(addMonths('2027-01', -1)).to.equal('2026-12');
    expect(addMonthsToDate('2027-01-31', 1)).to.equal('2027-02-28');
    expect(addMonthsToDate('2027-03-31', -12)).to.equal('2026-03-31');
  });

  it('names weekdays and dates in the given language without the host zone', () => {
    expect(isoWeekday('2027-03-14')).to.equal(7);
    expect(weekdayNames('en-GB')[0]).to.equal('Monday');
    expect(weekdayNames('de')[6]).to.equal('Sonntag');
    expect(fullDate('2027-03-15', 'en-GB')).to.equal('Monday, 15 March 2027');
  });
});
