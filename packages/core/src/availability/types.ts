/**
 * One wall-clock interval of working time, in the staff member's zone, as minutes after the
 * local midnight of the day it starts on. `endMinute` may pass 1440 for an interval that
 * crosses midnight: 22:00–02:00 is `{ startMinute: 1320, endMinute: 1560 }`.
 */
export interface LocalInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** One interval of a staff member's weekly working hours. */
export interface WorkingInterval extends LocalInterval {
  /** ISO weekday the interval starts on: Monday 1 … Sunday 7. */
  readonly weekday: number;
}

/** A local date whose working hours replace the weekly ones; no intervals means closed. */
export interface DateOverride {
  /** `YYYY-MM-DD` in the staff member's zone. */
  readonly date: string;
  readonly intervals: readonly LocalInterval[];
}

/** A half-open span of time `[start, end)` in epoch milliseconds. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Time a staff member is not free, in epoch milliseconds. Bookings and holds give the range
 * they block (their buffers included) and, so that seats and limits can be counted, the
 * service, start and seats they take.
 */
export interface BusyInterval extends TimeRange {
  readonly kind: 'booking' | 'hold' | 'external';
  /** The service booked or held; with `appointmentStart`, lets later visitors share seats. */
  readonly serviceId?: string;
  /** The start of the appointment itself (without its buffer), epoch milliseconds. */
  readonly appointmentStart?: number;
  /** Seats taken; defaults to 1. */
  readonly seats?: number;
}

/** The rules of a service that decide where its slots fall. */
export interface ServiceRules {
  /** Identifies the service among busy intervals, for seats shared in a group session. */
  readonly serviceId?: string;
  /** Length of an appointment in minutes. */
  readonly durationMinutes: number;
  /** Other lengths a visitor may choose instead, in minutes. */
  readonly alternativeDurationsMinutes?: readonly number[];
  /** Minutes between consecutive slot starts; defaults to the chosen duration. */
  readonly intervalMinutes?: number;
  /** Time kept free before each appointment, in minutes; defaults to 0. */
  readonly bufferBeforeMinutes?: number;
  /** Time kept free after each appointment, in minutes; defaults to 0. */
  readonly bufferAfterMinutes?: number;
  /** How long before its start a slot stops being offered, in minutes; defaults to 0. */
  readonly minimumNoticeMinutes?: number;
  /** How far ahead of `now` slots are offered, in days; unlimited when absent. */
  readonly horizonDays?: number;
  /** Visitors one staff member takes at once in one appointment; defaults to 1. */
  readonly capacity?: number;
  /** Appointments a staff member takes per local day; unlimited when absent. */
  readonly maxPerDay?: number;
  /** Appointments a staff member takes per local ISO week (from Monday); unlimited if absent. */
  readonly maxPerWeek?: number;
}

/** What the engine needs to know about one staff member. */
export interface StaffSchedule {
  readonly staffId: string;
  /** IANA zone in which the working hours and date overrides are written. */
  readonly timeZone: string;
  readonly workingHours: readonly WorkingInterval[];
  readonly dateOverrides?: readonly DateOverride[];
  /** Absences, as UTC ranges. */
  readonly timeOff?: readonly TimeRange[];
  /**
   * Bookings, live holds and external calendar events. Appointments counted for the daily
   * and weekly limits must be included for the whole local days and weeks the range touches.
   */
  readonly busy: readonly BusyInterval[];
  /** When this staff member was last booked (epoch ms), for the fair assignment rule. */
  readonly lastBookedAt?: number;
}

/** Everything one availability computation depends on; nothing else is read. */
export interface AvailabilityInput {
  readonly service: ServiceRules;
  /** The duration the visitor chose, one of the service's; the service's default when absent. */
  readonly durationMinutes?: number;
  /** Staff members offering the service, in the account's stable order. */
  readonly staff: readonly StaffSchedule[];
  /** Slots whose start lies in this range are returned. */
  readonly range: TimeRange;
  /** The current instant, in epoch milliseconds. */
  readonly now: number;
}

/** A bookable start time and the staff members free to take it. */
export interface Slot {
  /** Start, epoch milliseconds. */
  readonly start: number;
  /** End of the appointment (buffers excluded), epoch milliseconds. */
  readonly end: number;
  /**
   * Staff members who can take the slot, in the order the fair assignment rule prefers them:
   * fewest appointments that local day, then least recently booked, then the input order.
   * The first is the one a booking for "anyone" gets.
   */
  readonly staffIds: readonly string[];
  /** Seats still free at this start, summed over the listed staff members. */
  readonly seatsLeft: number;
}
