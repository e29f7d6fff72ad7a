import { and, eq } from 'drizzle-orm';

import { staff, type StaffMember } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * The account's staff member `staffId`, archived or not. Another account's id answers 404
 * exactly like an unknown one, so ids never reveal that other accounts exist.
 */
export async function findStaffMember(
  db: Database,
  accountId: string,
  staffId: string,
): Promise<StaffMember> {
  const [member] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.accountId, accountId), eq(staff.id, staffId)));
  if (!member) {
    throw new ApiProblem(404, ProblemCode.notFound, `No staff member ${staffId} in this account.`);
  }
  return member;
}
