import fc from 'fast-check';
import { describe, it } from 'vitest';

import { pinClock } from '../../test/pin-clock.js';
import { bookingCommands } from './booking-commands.js';
import { createModelSystem, type BookingModel } from './booking-model.js';

pinClock('2027-02-26T12:00:00Z');

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
