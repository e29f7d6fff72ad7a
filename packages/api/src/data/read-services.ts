import { toUtcString } from '@bookafy/core';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';

import { services, serviceStaff, staff, type Service } from '../db/schema/index.js';
import type { Database } from '../env.js';

/** Which of an account's services to read. */
export interface ServiceFilter {
  accountId: string;
  /** One service, archived or not. */
  serviceId?: string;
  includeArchived?: boolean;
}

/**
 * Reads services and the staff members linked to them in one batch, as the admin API shows
 * them: ordered by position, each with its staff ids in the account's staff order.
 */
export async function readServices(db: Database, filter: ServiceFilter) {
  const serviceConditions: SQL[] = [eq(services.accountId, filter.accountId)];
  const linkConditions: SQL[] = [eq(serviceStaff.accountId, filter.accountId)];
  if (filter.serviceId) {
    serviceConditions.push(eq(services.id, filter.serviceId));
    linkConditions.push(eq(serviceStaff.serviceId, filter.serviceId));
  } else if (!filter.includeArchived) {
    serviceConditions.push(isNull(services.archivedAt));
  }

  const [rows, links] = await db.batch([
    db
      .select()
      .from(services)
      .where(and(...serviceConditions))
      .orderBy(asc(services.position), asc(services.id)),
    db
      .select({ serviceId: serviceStaff.serviceId, staffId: serviceStaff.staffId })
      .from(serviceStaff)
      .innerJoin(staff, eq(staff.id, serviceStaff.staffId))
      .where(and(...linkConditions))
      .orderBy(asc(staff.position), asc(staff.id)),
  ]);
  return rows.map((row) => serviceView(row, links));
}

/** A stored service on the wire: instants as UTC strings, with the staff who offer it. */
function serviceView(row: Service, links: { serviceId: string; staffId: string }[]) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    durationMinutes: row.durationMinutes,
    alternativeDurationsMinutes: row.alternativeDurationsMinutes,
    intervalMinutes: row.intervalMinutes,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    minimumNoticeMinutes: row.minimumNoticeMinutes,
    horizonDays: row.horizonDays,
    capacity: row.capacity,
    maxPerDay: row.maxPerDay,
    maxPerWeek: row.maxPerWeek,
    requiresConfirmation: row.requiresConfirmation,
    position: row.position,
    questions: row.questions,
    timeZoneDisplay: row.timeZoneDisplay,
    staffIds: links.filter((link) => link.serviceId === row.id).map((link) => link.staffId),
    archivedAt: row.archivedAt === null ? null : toUtcString(row.archivedAt),
    createdAt: toUtcString(row.createdAt),
  };
}
