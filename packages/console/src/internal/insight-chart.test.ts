import { expect } from '@open-wc/testing';

import { busiestSlot, dayChart, heatLevel } from './insight-chart.js';

describe('dayChart', () => {
  it('scales bars to a round maximum at or above the busiest day', () => {
    const chart = dayChart([
      { date: '2027-03-01', booked: 7, cancelled: 1 },
      { date: '2027-03-02', booked: 3, cancelled: 0 },
    ]);

    expect(chart.max).to.equal(10);
    expect(chart.ticks).to.deep.equal([0, 2.5, 5, 7.5, 10]);
    expect(chart.bars[0]).to.deep.equal({
      date: '2027-03-01',
      x: 0,
      bookedHeight: 0.7,
      cancelledHeight: 0.1,
    });
    expect(chart.bars[1]!.x).to.equal(1);
  });

  it('keeps a scale of one for days without bookings', () => {
    const chart = dayChart([{ date: '2027-03-01', booked: 0, cancelled: 0 }]);

    expect(chart.max).to.equal(1);
    expect(chart.ticks).to.deep.equal([0, 1]);
    expect(chart.bars[0]!.bookedHeight).to.equal(0);
  });
});

describe('heatLevel', () => {
  it('gives the busiest cell the darkest shade and empty cells none', () => {
    expect(heatLevel(12, 12)).to.equal(4);
    expect(heatLevel(1, 12)).to.equal(1);
    expect(heatLevel(6, 12)).to.equal(2);
    expect(heatLevel(0, 12)).to.equal(0);
  });
});

describe('busiestSlot', () => {
  it('finds the weekday and hour with the most booking starts', () => {
    const hours = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    hours[2]![14] = 5;
    hours[4]![9] = 3;

    expect(busiestSlot(hours)).to.deep.equal({ weekday: 2, hour: 14, count: 5 });
    expect(busiestSlot(hours.map((row) => row.map(() => 0)))).to.equal(undefined);
  });
});
