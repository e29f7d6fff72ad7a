import type { Problem } from '@bookafy/core/client';

import { BookafyError } from './bookafy-error.js';

/** The API answered with an error status; carries the parsed problem and its request id. */
export class HttpError extends BookafyError {
  readonly status: number;
  /** The problem's stable code, such as `slot_taken`, or `http_<status>` without a body. */
  readonly code: string;
  /** The id of the request, for support; the same as in the API's log line. */
  readonly requestId: string | undefined;
  readonly problem: Problem | undefined;
  /** Seconds the API asked the client to wait (`Retry-After`), when it did. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    method: string,
    path: string,
    status: number,
    problem: Problem | undefined,
    headers: { requestId?: string | undefined; retryAfterSeconds?: number | undefined } = {},
  ) {
    const reason = problem?.detail ?? problem?.title ?? 'no details';
    super(`${method} ${path} failed with ${status}: ${reason}`);
    this.name = 'HttpError';
    this.status = status;
    this.code = problem?.code ?? `http_${status}`;
    this.requestId = problem?.requestId ?? headers.requestId;
    this.problem = problem;
    this.retryAfterSeconds = headers.retryAfterSeconds;
  }
}
