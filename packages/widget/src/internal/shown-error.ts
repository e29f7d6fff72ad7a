import { HttpError } from '@bookafy/sdk';

/** A failure as the widget shows it: plain words, the request id for support, a retry. */
export interface ShownError {
  message: string;
  requestId: string | undefined;
  retry?: () => void;
}

/** What to show for a failed call; the API's own explanation when it gave one. */
export function shownError(error: unknown, retry?: () => void): ShownError {
  const httpError = error instanceof HttpError ? error : undefined;
  const message =
    httpError?.problem?.detail ?? 'We could not reach the booking service. Please try again.';
  return { message, requestId: httpError?.requestId, ...(retry ? { retry } : {}) };
}
