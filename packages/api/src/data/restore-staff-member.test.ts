import { and, eq, inArray, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { createAccount, setPlan } from '../../test/fixtures.js';
import { accounts, staff } from '../db/schema/index.js';
import * as schema from '../db/schema/index.js';
import { restoreStaffMember } from './restore-staff-member.js';

const db = drizzle(env.DB, { schema });

/** An account with three staff members, of whom all but the first are archived. */
async function accountWithTwoArchived(plan: 'free' | 'pro') {
  const { accountId, staffIds } = await createAccount({ staffZones: ['UTC', 'UTC', 'UTC'] });
  await setPlan(accountId, plan);
  await db
    .update(staff)
    .set({ archivedAt: Date.parse('2027-03-01T08:00:00Z') })
    .where(inArray(staff.id, staffIds.slice(1)));
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  return { account: account!, staffIds: staffIds as [string, string, string] };
}

const activeIds = async (accountId: string) =>
  (
    await db
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.accountId, accountId), isNull(staff.archivedAt)))
  )
    .map((row) => row.id)
    .sort();

describe('restoreStaffMember', () => {
  it('counts the plan inside the statement: two restores in one batch take one place', async () => {
    const { account, staffIds } = await accountWithTwoArchived('free');

    const [first, second] = await db.batch([
      restoreStaffMember(db, account, staffIds[1]),
      restoreStaffMember(db, account, staffIds[2]),
    ]);

    expect(first.map((member) => member.id)).toEqual([staffIds[1]]);
    expect(second).toEqual([]);
    expect(await activeIds(account.id)).toEqual([staffIds[0], staffIds[1]].sort());
  });

  it('restores every member on a plan without a staff limit', async () => {
    const { account, staffIds } = await accountWithTwoArchived('pro');

    const [first, second] = await db.batch([
      restoreStaffMember(db, account, staffIds[1]),
      restoreStaffMember(db, account, staffIds[2]),
    ]);

    expect([...first, ...second].map((member) => member.archivedAt)).toEqual([null, null]);
    expect(await activeIds(account.id)).toEqual([...staffIds].sort());
  });
});
