import {
  DAY_MS,
  dayNumberToLocalDate,
  type BusyInterval,
  type ServiceRules,
  type StaffSchedule,
  type TimeRange,
} from '@bookafy/core';
import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, max, ne, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

import {
  bookings,
  dateOverrides,
  holds,
  services,
  serviceStaff,
  staff,
  timeOff,
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

/** Bookings this far either side of the range are read, so weekly limits see whole weeks. */
const LIMIT_MARGIN_MS = 8 * DAY_MS;

/**
 * Reads a service, the staff members who offer it (or just `staffId`), their working hours,
 * date overrides, time off, bookings and last booking time around `range`, in one D1 round
 * trip (one batch) whatever the number of staff members. Returns `undefined` when the
 * account has no such service.
 */
export async function loadServiceAvailability(
  db: Database,
  query: {
    accountId: string;
    serviceId: string;
    staffId?: string | undefined;
    range: TimeRange;
    /** Holds that expire after this instant block their slots. */
    now: number;
    /** A hold of the visitor's own, which must not block the booking that takes it over. */
    ignoreHoldId?: string | undefined;
    /** A booking being moved, whose old time must not block its new one. */
    ignoreBookingId?: string | undefined;
  },
): Promise<ServiceAvailability | undefined> {
  const { accountId, serviceId, staffId, range, now, ignoreHoldId, ignoreBookingId } = query;
  const offeredBy = (staffColumn: SQLiteColumn) => {
    const conditions: SQL[] = [
      eq(serviceStaff.accountId, accountId),
      eq(serviceStaff.serviceId, serviceId),
      eq(serviceStaff.staffId, staffColumn),
    ];
    if (staffId) conditions.push(eq(serviceStaff.staffId, staffId));
    return and(...conditions);
  };
  const window = { start: range.start - LIMIT_MARGIN_MS, end: range.end + LIMIT_MARGIN_MS };
  // Local dates differ from UTC ones by at most a day; two days of margin cover every zone.
  const firstDate = dayNumberToLocalDate(Math.floor(range.start / DAY_MS) - 2);
  const lastDate = dayNumberToLocalDate(Math.floor(range.end / DAY_MS) + 2);

  const [
    serviceRows,
    staffRows,
    hourRows,
    overrideRows,
    timeOffRows,
    bookingRows,
    holdRows,
    lastBooked,
  ] = await db.batch([
    db
      .select()
      .from(services)
      .where(
        and(
          eq(services.accountId, accountId),
          eq(services.id, serviceId),
          isNull(services.archivedAt),
        ),
      ),
    db
      .select({ staff })
      .from(staff)
      .innerJoin(serviceStaff, offeredBy(staff.id))
      .where(eq(staff.accountId, accountId))
      .orderBy(asc(staff.position), asc(staff.id)),
    db
      .select({ hours: workingHours })
      .from(workingHours)
      .innerJoin(serviceStaff, offeredBy(workingHours.staffId))
      .where(eq(workingHours.accountId, accountId)),
    db
      .select({ override: dateOverrides })
      .from(dateOverrides)
      .innerJoin(serviceStaff, offeredBy(dateOverrides.staffId))
      .where(
        and(
          eq(dateOverrides.accountId, accountId),
          gte(dateOverrides.date, firstDate),
          lte(dateOverrides.date, lastDate),
        ),
      ),
    db
      .select({ staffId: timeOff.staffId, start: timeOff.startsAt, end: timeOff.endsAt })
      .from(timeOff)
      .innerJoin(serviceStaff, offeredBy(timeOff.staffId))
      .where(
        and(
          eq(timeOff.accountId, accountId),
          lt(timeOff.startsAt, window.end),
          gt(timeOff.endsAt, window.start),
        ),
      ),
    db
      .select({
        staffId: bookings.staffId,
        serviceId: bookings.serviceId,
        appointmentStart: bookings.startsAt,
        seats: bookings.seats,
        start: bookings.blockedFrom,
        end: bookings.blockedUntil,
      })
      .from(bookings)
      .innerJoin(serviceStaff, offeredBy(bookings.staffId))
      .where(
        and(
          eq(bookings.accountId, accountId),
          inArray(bookings.status, ['pending', 'confirmed']),
          lt(bookings.blockedFrom, window.end),
          gt(bookings.blockedUntil, window.start),
          ignoreBookingId ? ne(bookings.id, ignoreBookingId) : undefined,
        ),
      ),
    db
      .select({
        staffId: holds.staffId,
        serviceId: holds.serviceId,
        appointmentStart: holds.startsAt,
        seats: holds.seats,
        start: holds.blockedFrom,
        end: holds.blockedUntil,
      })
      .from(holds)
      .innerJoin(serviceStaff, offeredBy(holds.staffId))
      .where(
        and(
          eq(holds.accountId, accountId),
          gt(holds.expiresAt, now),
          lt(holds.blockedFrom, window.end),
          gt(holds.blockedUntil, window.start),
          ignoreHoldId ? ne(holds.id, ignoreHoldId) : undefined,
        ),
      ),
    db
      .select({ staffId: bookings.staffId, at: max(bookings.createdAt) })
      .from(bookings)
      .innerJoin(serviceStaff, offeredBy(bookings.staffId))
      .where(eq(bookings.accountId, accountId))
      .groupBy(bookings.staffId),
  ]);

  const [service] = serviceRows;
  if (!service) return undefined;

  const members = staffRows.map((row) => row.staff);
  const schedules = members.map((member): StaffSchedule => {
    const own = <T extends { staffId: string }>(rows: T[]) =>
      rows.filter((row) => row.staffId === member.id);
    const lastBookedAt = lastBooked.find((row) => row.staffId === member.id)?.at ?? undefined;
    return {
      staffId: member.id,
      timeZone: member.timeZone,
      workingHours: own(hourRows.map((row) => row.hours)),
      dateOverrides: own(overrideRows.map((row) => row.override)),
      timeOff: own(timeOffRows),
      busy: [
        ...own(bookingRows).map((row): BusyInterval => ({ kind: 'booking', ...row })),
        ...own(holdRows).map((row): BusyInterval => ({ kind: 'hold', ...row })),
      ],
      ...(lastBookedAt === undefined ? {} : { lastBookedAt }),
    };
  });

  return { service, rules: serviceRules(service), staff: members, schedules };
}

/** The engine's view of a stored service. */
export function serviceRules(service: Service): ServiceRules {
  return {
    serviceId: service.id,
    durationMinutes: service.durationMinutes,
    alternativeDurationsMinutes: service.alternativeDurationsMinutes,
    ...(service.intervalMinutes === null ? {} : { intervalMinutes: service.intervalMinutes }),
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    minimumNoticeMinutes: service.minimumNoticeMinutes,
    horizonDays: service.horizonDays,
    capacity: service.capacity,
    ...(service.maxPerDay === null ? {} : { maxPerDay: service.maxPerDay }),
    ...(service.maxPerWeek === null ? {} : { maxPerWeek: service.maxPerWeek }),
  };
}
