import { and, eq, isNull, or } from 'drizzle-orm';

import { staff, type Account } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { staffRoom } from '../plans/plan-usage.js';

/**
 * The one statement that restores the account's staff member `staffId`, returning the member,
 * or no row when the account has no such member or its plan has no room for one more. The
 * plan's limit is part of the statement's condition, so no request can restore between the
 * count and the write; a member who is not archived holds a place already and needs no room.
 */
export function restoreStaffMember(db: Database, account: Account, staffId: string) {
  return db
    .update(staff)
    .set({ archivedAt: null })
    .where(
      and(
        eq(staff.accountId, account.id),
        eq(staff.id, staffId),
        or(isNull(staff.archivedAt), staffRoom(db, account)),
      ),
    )
    .returning();
}
