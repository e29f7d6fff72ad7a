const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The UTC week (Monday 00:00 to the next Monday) that starts at least seven days after `now`:
 * far enough ahead that no minimum notice hides its slots, near enough for every booking
 * horizon of the demo account.
 *
 * @param {Date} now
 * @returns {{ start: string, end: string }}
 */
export function weekAhead(now) {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysToMonday = (8 - new Date(midnight).getUTCDay()) % 7;
  const start = midnight + (7 + daysToMonday) * DAY_MS;
  return {
    start: new Date(start).toISOString().replace('.000Z', 'Z'),
    end: new Date(start + 7 * DAY_MS).toISOString().replace('.000Z', 'Z'),
  };
}
