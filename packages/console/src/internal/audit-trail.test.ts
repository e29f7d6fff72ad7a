import { expect } from '@open-wc/testing';

import { auditEntries } from './audit-trail.js';
import type { BookingEvent } from './bookings-api.js';

const event = (
  type: BookingEvent['type'],
  actor: BookingEvent['actor'],
  at: string,
  data: Record<string, unknown> = {},
): BookingEvent => ({ id: `evt_${type}`, type, actor, at, data });

describe('auditEntries', () => {
  const events = [
    event('created', 'visitor', '2027-01-15T08:00:00Z'),
    event('rescheduled', 'admin', '2027-01-16T13:05:00Z', {
      previousStart: '2027-01-19T09:00:00.000Z',
      start: '2027-01-20T13:00:00.000Z',
    }),
    event('cancelled', 'system', '2027-01-17T09:00:00Z', { reason: 'Studio closed' }),
  ];

  it("states who changed what and when, in the viewer's zone", () => {
    const entries = auditEntries(events, 'Europe/Berlin', 'en-GB');

    expect(entries.map((entry) => [entry.what, entry.who, entry.when])).to.deep.equal([
      ['Booked', 'by the visitor', '15 Jan 2027, 09:00'],
      ['Rescheduled', 'by the business', '16 Jan 2027, 14:05'],
      ['Cancelled', 'by the system', '17 Jan 2027, 10:00'],
    ]);
    expect(entries[1]!.at).to.equal('2027-01-16T13:05:00Z');
  });

  it('says where a booking moved from and to, and why it was cancelled', () => {
    const inBerlin = auditEntries(events, 'Europe/Berlin', 'en-GB');
    const inNewYork = auditEntries(events, 'America/New_York', 'en-GB');

    expect(inBerlin.map((entry) => entry.change)).to.deep.equal([
      undefined,
      'Moved from Tue 19 Jan, 10:00 to Wed 20 Jan, 14:00',
      'Reason: Studio closed',
    ]);
    expect(inNewYork[1]!.change).to.equal('Moved from Tue 19 Jan, 04:00 to Wed 20 Jan, 08:00');
  });

  it('says nothing more where an event carries no change', () => {
    const [entry] = auditEntries([event('cancelled', 'admin', '2027-01-17T09:00:00Z')], 'UTC');

    expect(entry!.change).to.equal(undefined);
  });
});
