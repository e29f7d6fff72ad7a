/** Whether `error`, from D1 or drizzle wrapping it, is a clash on the unique login email. */
export function isEmailClash(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/UNIQUE constraint failed: users\.email/.test(cause.message)) return true;
  }
  return false;
}
