import { localDayNumber } from '../../time/zone.js';
import type { BusyInterval, StaffSchedule, TimeRange } from '../types.js';

/**
 * A group session a later visitor may join: the range its visitors block (the union, when
 * they chose different durations) and the seats already taken.
 */
export interface Session extends TimeRange {
  readonly appointmentStart: number;
  start: number;
  end: number;
  seatsTaken: number;
}

/** A staff member's busy time, split by how it limits new appointments. */
export interface StaffLoad {
  /** Ranges no new appointment may overlap (buffers of the new one included). */
  readonly blocking: TimeRange[];
  /** Sessions of this service that take more visitors, by appointment start. */
  readonly sessions: Map<number, Session>;
  /** Appointments per local day number. */
  readonly perDay: Map<number, number>;
  /** Appointments per ISO week number (Monday first, local). */
  readonly perWeek: Map<number, number>;
}

/** The ISO week (Monday first) of a local day number; 1970-01-01 was a Thursday. */
export function weekOfDay(day: number): number {
  return Math.floor((day + 3) / 7);
}

/**
 * Sorts a staff member's busy intervals and time off into what blocks, what can be shared by
 * a group service, and how many appointments each local day and week already holds.
 */
export function staffLoad(
  staff: StaffSchedule,
  service: { serviceId: string | undefined; capacity: number },
): StaffLoad {
  const load: StaffLoad = {
    blocking: [...(staff.timeOff ?? [])],
    sessions: new Map(),
    perDay: new Map(),
    perWeek: new Map(),
  };
  const counted = new Set<number>();

  for (const busy of staff.busy) {
    if (isShareable(busy, service)) {
      const session = load.sessions.get(busy.appointmentStart!);
      if (session) {
        session.seatsTaken += busy.seats ?? 1;
        session.start = Math.min(session.start, busy.start);
        session.end = Math.max(session.end, busy.end);
      } else
        load.sessions.set(busy.appointmentStart!, {
          start: busy.start,
          end: busy.end,
          appointmentStart: busy.appointmentStart!,
          seatsTaken: busy.seats ?? 1,
        });
    } else {
      load.blocking.push(busy);
    }

    // One appointment however many visitors share it.
    if (busy.kind !== 'external' && busy.appointmentStart !== undefined) {
      if (counted.has(busy.appointmentStart)) continue;
      counted.add(busy.appointmentStart);
      const day = localDayNumber(staff.timeZone, busy.appointmentStart);
      load.perDay.set(day, (load.perDay.get(day) ?? 0) + 1);
      load.perWeek.set(weekOfDay(day), (load.perWeek.get(weekOfDay(day)) ?? 0) + 1);
    }
  }
  return load;
}

function isShareable(
  busy: BusyInterval,
  service: { serviceId: string | undefined; capacity: number },
): boolean {
  return (
    service.capacity > 1 &&
    busy.kind !== 'external' &&
    busy.serviceId !== undefined &&
    busy.serviceId === service.serviceId &&
    busy.appointmentStart !== undefined
  );
}
