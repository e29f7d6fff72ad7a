import { ApiProblem, ProblemCode } from '../problem.js';

/** Where a page of bookings ordered by (start, id) ended. */
export interface BookingCursor {
  startsAt: number;
  id: string;
}

/** An opaque cursor for the page after `last`. */
export function encodeCursor(last: BookingCursor): string {
  return btoa(`${last.startsAt}:${last.id}`).replaceAll('=', '');
}

/** Reads a cursor from `encodeCursor`; anything else is an `invalid_request`. */
export function decodeCursor(cursor: string): BookingCursor {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // Not base64: answered below like any other malformed cursor.
  }
  const match = /^(-?\d+):(bkg_[0-9a-z]+)$/.exec(text);
  if (!match) {
    throw new ApiProblem(400, ProblemCode.invalidRequest, 'The cursor is not valid.', {
      errors: [{ path: 'cursor', message: 'Use the nextCursor of a previous page.' }],
    });
  }
  return { startsAt: Number(match[1]), id: match[2]! };
}
