import type { ServiceRules, StaffSchedule, TimeRange } from '@bookafy/core';
import { and, asc, eq, gt, lt, type SQL } from 'drizzle-orm';

import {
  bookings,
  services,
  serviceStaff,
  staff,
  workingHours,
  type Service,
  type StaffMember,
} from '../db/schema/index.js';
import type { Database } from '../env.js';

/** What the engine needs to list or check the slots of one service. */
export interface ServiceAvailability {
  service: Service;
  rules: ServiceRules;
  /** Staff members offering the service, in the account's order. */
  staff: StaffMember[];
  schedules: StaffSchedule[];
}

/**
 * Reads a service, the staff members who offer it (or just `staffId`), their working hours
 * and their bookings overlapping `busyWindow`, in one D1 round trip whatever the number of
 * staff members. Returns `undefined` when the account has no such service.
 */
export async function loadServiceAvailability(
  db: Database,
  query: {
    accountId: string;
    serviceId: string;
    staffId?: string | undefined;
    busyWindow: TimeRange;
  },
): Promise<ServiceAvailability | undefined> {
  const { accountId, serviceId, staffId, busyWindow } = query;
  const offered = (
    staffColumn: typeof staff.id | typeof workingHours.staffId | typeof bookings.staffId,
  ) => {
    const conditions: SQL[] = [
      eq(serviceStaff.accountId, accountId),
      eq(serviceStaff.serviceId, serviceId),
      eq(serviceStaff.staffId, staffColumn),
    ];
    if (staffId) conditions.push(eq(serviceStaff.staffId, staffId));
    return and(...conditions);
  };

  const [serviceRows, staffRows, hourRows, busyRows] = await db.batch([
    db
      .select()
      .from(services)
      .where(and(eq(services.accountId, accountId), eq(services.id, serviceId))),
    db
      .select({ staff })
      .from(staff)
      .innerJoin(serviceStaff, offered(staff.id))
      .where(eq(staff.accountId, accountId))
      .orderBy(asc(staff.position), asc(staff.id)),
    db
      .select({ hours: workingHours })
      .from(workingHours)
      .innerJoin(serviceStaff, offered(workingHours.staffId))
      .where(eq(workingHours.accountId, accountId)),
    db
      .select({
        staffId: bookings.staffId,
        start: bookings.blockedFrom,
        end: bookings.blockedUntil,
      })
      .from(bookings)
      .innerJoin(serviceStaff, offered(bookings.staffId))
      .where(
        and(
          eq(bookings.accountId, accountId),
          eq(bookings.status, 'confirmed'),
          lt(bookings.blockedFrom, busyWindow.end),
          gt(bookings.blockedUntil, busyWindow.start),
        ),
      ),
  ]);

  const [service] = serviceRows;
  if (!service) return undefined;

  const members = staffRows.map((row) => row.staff);
  const schedules = members.map((member): StaffSchedule => ({
    staffId: member.id,
    timeZone: member.timeZone,
    workingHours: hourRows.filter((row) => row.hours.staffId === member.id).map((row) => row.hours),
    busy: busyRows.filter((row) => row.staffId === member.id),
  }));

  return { service, rules: serviceRules(service), staff: members, schedules };
}

/** The engine's view of a stored service. */
export function serviceRules(service: Service): ServiceRules {
  return {
    durationMinutes: service.durationMinutes,
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    minimumNoticeMinutes: service.minimumNoticeMinutes,
    horizonDays: service.horizonDays,
  };
}
