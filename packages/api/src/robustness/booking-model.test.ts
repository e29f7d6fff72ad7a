import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { pinClock } from '../../test/pin-clock.js';
import { bookingCommands } from './booking-commands.js';
import {
  createModelSystem,
  overbookings,
  type BookingModel,
  type ListedBooking,
  type ServiceShape,
} from './booking-model.js';

pinClock('2027-02-26T12:00:00Z');

const shape = (id: string, settings: Partial<ServiceShape>): ServiceShape => ({
  id,
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  capacity: 1,
  requiresConfirmation: false,
  ...settings,
});

const listedAt = (id: string, serviceId: string, start: string, staffId = 'stf_a') =>
  ({ id, status: 'confirmed', serviceId, staffId, start, end: start }) satisfies ListedBooking;

describe('overbookings', () => {
  const buffered = shape('svc_buffered', { bufferAfterMinutes: 15 });
  const session = shape('svc_session', { capacity: 2 });

  it('finds a booking that starts inside the buffer of another', () => {
    const bookings = [
      listedAt('bkg_a', 'svc_buffered', '2027-03-01T09:00:00Z'),
      listedAt('bkg_b', 'svc_buffered', '2027-03-01T09:30:00Z'),
    ];

    expect(overbookings(bookings, [buffered])).toHaveLength(1);
    expect(overbookings([bookings[0]!, { ...bookings[1]!, staffId: 'stf_b' }], [buffered])).toEqual(
      [],
    );
  });

  it('lets a session seat its capacity and no more', () => {
    const seat = (id: string) => listedAt(id, 'svc_session', '2027-03-01T09:00:00Z');

    expect(overbookings([seat('bkg_a'), seat('bkg_b')], [session])).toEqual([]);
    expect(overbookings([seat('bkg_a'), seat('bkg_b'), seat('bkg_c')], [session])).not.toEqual([]);
  });
});

describe('bookings, holds, cancellations, moves and confirmations in any order', () => {
  it('never overbook a staff member and only ever take offered slots', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(bookingCommands, { maxCommands: 15 }), async (commands) => {
        const system = await createModelSystem();
        const model: BookingModel = { bookings: [], holds: [] };
        await fc.asyncModelRun(() => ({ model, real: system }), commands);
      }),
      { seed: 20270226, numRuns: 30 },
    );
  }, 120_000);
});
