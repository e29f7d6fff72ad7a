import { ConsoleApiError } from './console-api.js';

/** One field the API refused: its dotted path in the body (`questions.0.label`) and why. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A refusal by the API that also carries the problem's field errors (`errors[]`), so that a
 * form can show each message beside the field it concerns.
 */
export class FieldRefusal extends ConsoleApiError {
  readonly errors: readonly FieldError[];

  constructor(status: number, message: string, code: string, errors: readonly FieldError[]) {
    super(status, message, code);
    this.name = 'FieldRefusal';
    this.errors = errors;
  }
}

/**
 * One same-origin admin call, as `call()` makes it, whose refusal is a `FieldRefusal` with the
 * problem's field errors; the catalog and schedule forms use it to place each error.
 */
export async function callForForm<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as {
      detail?: string;
      code?: string;
      errors?: FieldError[];
    };
    throw new FieldRefusal(
      response.status,
      problem.detail ?? response.statusText,
      problem.code ?? 'unknown',
      problem.errors ?? [],
    );
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}
