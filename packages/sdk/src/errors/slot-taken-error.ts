import { HttpError } from './http-error.js';

/** The chosen time was booked by someone else first (409 `slot_taken`); offer another time. */
export class SlotTakenError extends HttpError {
  override readonly name = 'SlotTakenError';
}
