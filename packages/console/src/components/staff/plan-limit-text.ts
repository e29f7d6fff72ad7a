import { msg, str } from '@lit/localize';

import { currentLocale } from '../../i18n/localization.js';

/**
 * Why the account cannot add a staff member, naming the plan's limit as the API reports it
 * (`GET /v1/admin/usage`), or without a number when the limit could not be read.
 */
export function staffLimitText(limit: number | null): string {
  if (limit === null) {
    return msg('Your plan allows no more staff members.', { id: 'staff.planLimitReached' });
  }
  if (limit === 1) return msg('Your plan allows one staff member.', { id: 'staff.planLimitOne' });
  const count = new Intl.NumberFormat(currentLocale()).format(limit);
  return msg(str`Your plan allows ${count} staff members.`, { id: 'staff.planLimit' });
}
