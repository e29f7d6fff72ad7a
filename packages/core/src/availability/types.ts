/** One wall-clock interval of a staff member's week, in that staff member's zone. */
export interface WorkingInterval {
  /** ISO weekday the interval starts on: Monday 1 … Sunday 7. */
  readonly weekday: number;
  /** Minutes after local midnight at which work starts, 0–1439. */
  readonly startMinute: number;
  /** Minutes after local midnight at which work ends, 1–1440; 1440 is the following midnight. */
  readonly endMinute: number;
}

/** A half-open span of time `[start, end)` in epoch milliseconds. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** The rules of a service that decide where its slots fall. */
export interface ServiceRules {
  /** Length of an appointment in minutes. */
  readonly durationMinutes: number;
  /** Minutes between consecutive slot starts; defaults to the duration. */
  readonly intervalMinutes?: number;
  /** Time kept free before each appointment, in minutes; defaults to 0. */
  readonly bufferBeforeMinutes?: number;
  /** Time kept free after each appointment, in minutes; defaults to 0. */
  readonly bufferAfterMinutes?: number;
  /** How long before its start a slot stops being offered, in minutes; defaults to 0. */
  readonly minimumNoticeMinutes?: number;
  /** How far ahead of `now` slots are offered, in days; unlimited when absent. */
  readonly horizonDays?: number;
}

/** What the engine needs to know about one staff member. */
export interface StaffSchedule {
  readonly staffId: string;
  /** IANA zone in which the working hours are written. */
  readonly timeZone: string;
  readonly workingHours: readonly WorkingInterval[];
  /** Time the staff member cannot take, buffers of existing bookings included. */
  readonly busy: readonly TimeRange[];
}

/** Everything one availability computation depends on; nothing else is read. */
export interface AvailabilityInput {
  readonly service: ServiceRules;
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
  /** Staff members who can take the slot, in the order of the input. */
  readonly staffIds: readonly string[];
}
