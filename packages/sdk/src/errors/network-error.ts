import { BookafyError } from './bookafy-error.js';

/** The request never got an answer: offline, DNS, CORS or a dropped connection. */
export class NetworkError extends BookafyError {
  override readonly name = 'NetworkError';

  constructor(method: string, path: string, cause: unknown) {
    super(`${method} ${path} could not reach the Bookafy API`, { cause });
  }
}
