import { HttpError } from './http-error.js';

/** The API refused the input (400 `invalid_request`); `fieldErrors` says which fields. */
export class ValidationError extends HttpError {
  override readonly name = 'ValidationError';

  /** Each invalid field's dotted path (such as `customer.email`) and the reason. */
  get fieldErrors(): { path: string; message: string }[] {
    return this.problem?.errors ?? [];
  }
}
