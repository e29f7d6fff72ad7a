import { HttpError } from './http-error.js';

/**
 * The API refused the input (400 `invalid_request`, or 422 `invalid_answers` for answers that do
 * not fit the service's questions); `fieldErrors` says which fields, such as `answers.reason`.
 */
export class ValidationError extends HttpError {
  override readonly name = 'ValidationError';

  /** Each invalid field's dotted path (such as `customer.email`) and the reason. */
  get fieldErrors(): { path: string; message: string }[] {
    return this.problem?.errors ?? [];
  }
}
