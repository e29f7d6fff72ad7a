import { expect } from '@open-wc/testing';

import { agendaDays, timeIn } from './agenda-days.js';
import type { AgendaBooking } from './console-api.js';

const booking = (id: string, start: string, end: string): AgendaBooking => ({
  id,
  status: 'confirmed',
  serviceId: 'svc_x',
  start,
  end,
  customer: { name: id, email: `${id}@example.com` },
});

describe('agendaDays', () => {
  const bookings = [
    booking('late', '2027-03-15T22:30:00Z', '2027-03-15T23:30:00Z'),
    booking('early', '2027-03-15T08:00:00Z', '2027-03-15T08:30:00Z'),
    booking('next', '2027-03-16T09:00:00Z', '2027-03-16T09:30:00Z'),
  ];

  it("groups bookings by the local date they start on in the viewer's zone", () => {
    const inBerlin = agendaDays(bookings, 'Europe/Berlin', 'en-GB');
    const inNewYork = agendaDays(bookings, 'America/New_York', 'en-GB');

    // 22:30Z is 23:30 in Berlin on the 15th, still 18:30 of the 15th in New York.
    expect(inBerlin.map((day) => [day.date, day.bookings.map((b) => b.id)])).to.deep.equal([
      ['2027-03-15', ['early', 'late']],
      ['2027-03-16', ['next']],
    ]);
    expect(inNewYork[0]!.bookings.map((b) => b.id)).to.deep.equal(['early', 'late']);
    expect(inBerlin[0]!.label).to.equal('Monday, 15 March 2027');
  });

  it('puts a booking after midnight in Tokyo on the next local day', () => {
    const inTokyo = agendaDays(bookings, 'Asia/Tokyo', 'en-GB');

    expect(inTokyo.map((day) => day.date)).to.deep.equal(['2027-03-15', '2027-03-16']);
    expect(inTokyo[1]!.bookings.map((b) => b.id)).to.deep.equal(['late', 'next']);
  });
});

describe('timeIn', () => {
  it('states the same instant in each zone, with the zone when asked', () => {
    const start = '2027-03-15T08:00:00Z';

    expect(timeIn(start, 'Europe/Berlin', 'en-GB')).to.equal('09:00');
    expect(timeIn(start, 'America/New_York', 'en-GB')).to.equal('04:00');
    expect(timeIn(start, 'Europe/Berlin', 'en-GB', true)).to.equal('09:00 CET');
  });
});
