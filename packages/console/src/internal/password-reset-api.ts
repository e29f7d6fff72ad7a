import { call, ConsoleApiError } from './console-api.js';

/** Asks for a reset link for `email`; the API answers the same whether a login has it or not. */
export async function requestPasswordReset(email: string): Promise<void> {
  await post('/console/password-reset', { email });
}

/** Sets a new password with the token of an emailed reset link. */
export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await post('/console/password-reset/confirm', { token, password });
}

/**
 * Posts to a reset route; a refusal's message is its first field error where it has one, since
 * each form here has a single field and the problem's detail only says that a field is wrong.
 */
async function post(path: string, body: unknown): Promise<void> {
  try {
    await call<undefined>('POST', path, body);
  } catch (error) {
    if (!(error instanceof ConsoleApiError)) throw error;
    const [fieldMessage] = error.fieldErrors.values();
    if (fieldMessage === undefined) throw error;
    throw new ConsoleApiError(error.status, fieldMessage, error);
  }
}
