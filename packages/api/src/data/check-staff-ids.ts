import { and, eq, inArray, isNull } from 'drizzle-orm';

import { staff } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/**
 * Refuses, with 422 `invalid_request` and one error per id, staff ids that are not active
 * staff members of the account, before a service is linked to them.
 */
export async function checkStaffIds(db: Database, accountId: string, staffIds: string[]) {
  if (staffIds.length === 0) return;

  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(
      and(eq(staff.accountId, accountId), inArray(staff.id, staffIds), isNull(staff.archivedAt)),
    );
  const known = new Set(rows.map((row) => row.id));
  const errors = staffIds.flatMap((staffId, index) =>
    known.has(staffId)
      ? []
      : [
          {
            path: `staffIds.${index}`,
            message: `No active staff member ${staffId} in this account.`,
          },
        ],
  );
  if (errors.length > 0) {
    throw new ApiProblem(422, ProblemCode.invalidRequest, 'Some staff members are unknown.', {
      errors,
    });
  }
}
