import { BookafyError } from './bookafy-error.js';

/** The API did not answer within the client's timeout. */
export class TimeoutError extends BookafyError {
  override readonly name = 'TimeoutError';

  constructor(method: string, path: string, timeoutMs: number) {
    super(`${method} ${path} timed out after ${timeoutMs} ms`);
  }
}
