import { msg, str } from '@lit/localize';
import { html } from 'lit';

import { currentLocale } from '../../i18n/localization.js';
import { loadUsage } from '../../internal/settings-api.js';

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

/**
 * {@link staffLimitText} for a `plan_limit_staff` refusal, with the limit read from the API,
 * which alone knows what each plan allows.
 */
export async function staffLimitRefusal(): Promise<string> {
  const usage = await loadUsage().catch(() => undefined);
  return staffLimitText(usage?.staff.limit ?? null);
}

/** The link to the plan page that follows a staff limit refusal. */
export const planLimitLink = () =>
  html`<a href="#/settings">${msg('Change the plan to add more', { id: 'staff.planLink' })}</a>`;
