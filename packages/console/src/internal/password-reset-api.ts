/** Asks for a reset link for `email`; the API answers the same whether a login has it or not. */
export async function requestPasswordReset(email: string): Promise<void> {
  await post('/v1/console/password-reset', { email });
}

/** Sets a new password with the token of an emailed reset link. */
export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await post('/v1/console/password-reset/confirm', { token, password });
}

async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) return;
  const problem = (await response.json().catch(() => ({}))) as {
    detail?: string;
    errors?: { message: string }[];
  };
  throw new Error(problem.errors?.[0]?.message ?? problem.detail ?? response.statusText);
}
