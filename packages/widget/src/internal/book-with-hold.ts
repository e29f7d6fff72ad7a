import {
  HttpError,
  SlotTakenError,
  type BookafyClient,
  type Booking,
  type BookingRequest,
} from '@bookafy/sdk';

/**
 * Places a hold on a start, or says why not: `taken` when someone else has it. Any other
 * failure leaves the visitor without a hold, which booking does not need.
 */
export async function tryHold(
  client: BookafyClient,
  slot: { serviceId: string; staffId: string | undefined; start: number },
): Promise<{ holdId?: string; taken?: SlotTakenError }> {
  const { staffId, ...rest } = slot;
  try {
    return { holdId: (await client.createHold({ ...rest, ...(staffId ? { staffId } : {}) })).id };
  } catch (error) {
    return error instanceof SlotTakenError ? { taken: error } : {};
  }
}

/**
 * Books, taking over the visitor's hold when there is one. A hold that expired while the
 * visitor typed is dropped and the booking tried again: the time may well still be free.
 */
export async function bookWithHold(
  client: BookafyClient,
  request: BookingRequest,
  holdId: string | undefined,
): Promise<Booking> {
  if (!holdId) return client.createBooking(request);
  try {
    return await client.createBooking({ ...request, holdId });
  } catch (error) {
    if (!(error instanceof HttpError && error.code === 'hold_not_found')) throw error;
    return client.createBooking(request);
  }
}
