import { and, asc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';

import { services, serviceStaff, staff } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { chunks } from '../internal/chunks.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/** Ids per statement, well below D1's 100 bound parameters with the statement's own few. */
const IDS_PER_STATEMENT = 90;

/**
 * Refuses, with 422 `invalid_request` and one error per id at `serviceIds.<n>`, service ids
 * that are not services of the account or are archived, before a staff member offers them.
 */
export async function checkServiceIds(db: Database, accountId: string, serviceIds: string[]) {
  const [first, ...rest] = chunks(serviceIds, IDS_PER_STATEMENT).map((run) =>
    db
      .select({ id: services.id })
      .from(services)
      .where(
        and(
          eq(services.accountId, accountId),
          inArray(services.id, run),
          isNull(services.archivedAt),
        ),
      ),
  );
  if (!first) return;

  const found = await db.batch([first, ...rest]);
  const known = new Set(found.flat().map((row) => row.id));
  const errors = serviceIds.flatMap((serviceId, index) =>
    known.has(serviceId)
      ? []
      : [
          {
            path: `serviceIds.${index}`,
            message: `No active service ${serviceId} in this account.`,
          },
        ],
  );
  if (errors.length > 0) {
    throw new ApiProblem(
      422,
      ProblemCode.invalidRequest,
      'Some services are unknown or archived.',
      {
        errors,
      },
    );
  }
}

/**
 * The statements of one batch that make `staffId` offer exactly `serviceIds` among the
 * account's services that are not archived. Links to archived services stay, so that restoring
 * a service brings back the staff members who offered it.
 *
 * Each insert writes a link only for a service that is still active and while the staff member
 * is, so a service or a member archived after the request's checks gets no new link.
 */
export function setStaffServicesStatements(
  db: Database,
  accountId: string,
  staffId: string,
  serviceIds: string[],
) {
  const activeServices = db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.accountId, accountId), isNull(services.archivedAt)));
  const memberIsActive = exists(
    db
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.accountId, accountId), eq(staff.id, staffId), isNull(staff.archivedAt))),
  );

  return [
    db
      .delete(serviceStaff)
      .where(
        and(
          eq(serviceStaff.accountId, accountId),
          eq(serviceStaff.staffId, staffId),
          inArray(serviceStaff.serviceId, activeServices),
        ),
      ),
    ...chunks(serviceIds, IDS_PER_STATEMENT).map((run) =>
      db.insert(serviceStaff).select(
        db
          .select({
            accountId: services.accountId,
            serviceId: services.id,
            staffId: sql<string>`${staffId}`.as('staff_id'),
          })
          .from(services)
          .where(
            and(
              eq(services.accountId, accountId),
              inArray(services.id, run),
              isNull(services.archivedAt),
              memberIsActive,
            ),
          ),
      ),
    ),
  ] as const;
}

/** The ids of the active services `staffId` offers, in the services' display order. */
export async function readStaffServiceIds(db: Database, accountId: string, staffId: string) {
  const rows = await db
    .select({ id: services.id })
    .from(serviceStaff)
    .innerJoin(services, eq(services.id, serviceStaff.serviceId))
    .where(
      and(
        eq(serviceStaff.accountId, accountId),
        eq(serviceStaff.staffId, staffId),
        isNull(services.archivedAt),
      ),
    )
    .orderBy(asc(services.position), asc(services.id));
  return rows.map((row) => row.id);
}
