import { DAY_MS, MINUTE_MS } from '../time/instant.js';
import { localDayNumber, zoneOffsetMinutes } from '../time/zone.js';
import { staffLoad, weekOfDay, type Session, type StaffLoad } from './internal/appointments.js';
import { BusyIndex } from './internal/busy-index.js';
import { forEachStart, type StaffSlots } from './internal/merge-starts.js';
import { workingWindows } from './internal/working-windows.js';
import type { AvailabilityInput, ServiceRules, Slot, StaffSchedule } from './types.js';

/** The per-computation constants of the slot loop, in milliseconds. */
interface SlotRules {
  readonly durationMs: number;
  readonly stepMs: number;
  readonly beforeMs: number;
  readonly afterMs: number;
  readonly earliestStart: number;
  readonly latestStart: number;
  readonly capacity: number;
  readonly maxPerDay: number;
  readonly maxPerWeek: number;
  readonly hasLimits: boolean;
}

/**
 * Lists the bookable slots of a service whose start lies in `input.range`, sorted by start.
 *
 * Working hours (or a date override) are expanded per local date in each staff member's
 * zone; a wall-clock bound in a DST gap moves forward by the gap and one in an overlap means
 * its first occurrence, so a working day that contains a transition is as long as the wall
 * clock says it is, and a day the zone skipped has no slots. A slot is left out when it,
 * widened by the service's buffers, overlaps busy time or time off; when it starts before
 * `now` plus the minimum notice or past the horizon; when its seats are taken; or when the
 * staff member reached the day's or week's limit of appointments.
 *
 * @throws RangeError when `input.durationMinutes` is not one of the service's durations.
 * @example
 * computeSlots({
 *   service: { durationMinutes: 30 },
 *   staff: [{ staffId: 'stf_1', timeZone: 'Europe/Berlin', busy: [],
 *     workingHours: [{ weekday: 1, startMinute: 540, endMinute: 1020 }] }],
 *   range: { start: Date.UTC(2027, 2, 1), end: Date.UTC(2027, 2, 2) },
 *   now: Date.UTC(2027, 1, 1),
 * }); // 16 slots from 08:00Z to 15:30Z
 */
export function computeSlots(input: AvailabilityInput): Slot[] {
  const rules = slotRules(input);
  const perStaff = input.staff.map((staff) => staffSlots(staff, input, rules));
  const slots: Slot[] = [];

  const rank = recencyRanks(input.staff);

  forEachStart(perStaff, input.range, (start, takers, heads) => {
    let seatsLeft = 0;
    for (const index of takers) seatsLeft += perStaff[index]!.seats[heads[index]!]!;
    if (takers.length > 1) sortFairly(takers, (index) => fairnessKey(perStaff, heads, rank, index));
    slots.push({
      start,
      end: start + rules.durationMs,
      staffIds: takers.map((index) => input.staff[index]!.staffId),
      seatsLeft,
    });
  });
  return slots;
}

/** The durations a visitor may choose for a service, the default first. */
export function offeredDurations(service: ServiceRules): number[] {
  return [service.durationMinutes, ...(service.alternativeDurationsMinutes ?? [])];
}

function slotRules(input: AvailabilityInput): SlotRules {
  const { service, range, now } = input;
  const duration = input.durationMinutes ?? service.durationMinutes;
  if (!offeredDurations(service).includes(duration)) {
    throw new RangeError(`A ${duration}-minute appointment is not offered for this service.`);
  }
  return {
    durationMs: duration * MINUTE_MS,
    stepMs: (service.intervalMinutes ?? duration) * MINUTE_MS,
    beforeMs: (service.bufferBeforeMinutes ?? 0) * MINUTE_MS,
    afterMs: (service.bufferAfterMinutes ?? 0) * MINUTE_MS,
    earliestStart: Math.max(range.start, now + (service.minimumNoticeMinutes ?? 0) * MINUTE_MS),
    latestStart: Math.min(
      range.end,
      service.horizonDays === undefined ? Infinity : now + service.horizonDays * DAY_MS,
    ),
    capacity: Math.max(1, service.capacity ?? 1),
    maxPerDay: service.maxPerDay ?? Infinity,
    maxPerWeek: service.maxPerWeek ?? Infinity,
    hasLimits: service.maxPerDay !== undefined || service.maxPerWeek !== undefined,
  };
}

/** The starts one staff member can take, ascending and unique. */
function staffSlots(staff: StaffSchedule, input: AvailabilityInput, rules: SlotRules): StaffSlots {
  const slots: StaffSlots = { starts: [], seats: [], dayLoads: [] };
  if (rules.earliestStart >= rules.latestStart) return slots;

  const load = staffLoad(staff, { serviceId: input.service.serviceId, capacity: rules.capacity });
  const blocking = new BusyIndex(load.blocking);
  // A window that crosses midnight, or starts in a gap, can begin up to two local days before.
  const firstDay = localDayNumber(staff.timeZone, rules.earliestStart) - 2;
  const lastDay = localDayNumber(staff.timeZone, rules.latestStart);
  let inOrder = true;
  let loadDay = NaN;
  let dayLoad = 0;

  for (const window of workingWindows(staff, firstDay, lastDay)) {
    // Within a window without an offset change, the local day follows from one offset.
    const offset = zoneOffsetMinutes(staff.timeZone, window.start);
    const steadyOffset = offset === zoneOffsetMinutes(staff.timeZone, window.end);
    const skipped = Math.max(0, Math.ceil((rules.earliestStart - window.start) / rules.stepMs));
    if (slots.starts.length && window.start + skipped * rules.stepMs <= slots.starts.at(-1)!) {
      inOrder = false;
    }

    for (
      let start = window.start + skipped * rules.stepMs;
      start + rules.durationMs <= window.end && start < rules.latestStart;
      start += rules.stepMs
    ) {
      const blockedFrom = start - rules.beforeMs;
      const blockedUntil = start + rules.durationMs + rules.afterMs;
      if (blocking.overlaps(blockedFrom, blockedUntil)) continue;

      const session = load.sessions.size ? sessionAt(load, start, blockedFrom, blockedUntil) : null;
      if (session === undefined) continue;
      const seats = rules.capacity - (session?.seatsTaken ?? 0);
      if (seats <= 0) continue;

      const day = steadyOffset
        ? Math.floor((Math.floor(start / MINUTE_MS) + offset) / 1440)
        : localDayNumber(staff.timeZone, start);
      if (day !== loadDay) {
        loadDay = day;
        dayLoad = load.perDay.get(day) ?? 0;
      }
      // Joining a session adds a visitor, not an appointment, so limits do not apply to it.
      if (rules.hasLimits && !session && !withinLimits(load, day, dayLoad, rules)) continue;

      slots.starts.push(start);
      slots.seats.push(seats);
      slots.dayLoads.push(dayLoad);
    }
  }
  return inOrder ? slots : sortedUnique(slots);
}

/**
 * The session a group slot at `start` joins (`null` for a new appointment), or `undefined`
 * when another session overlaps the slot's blocked range.
 */
function sessionAt(
  load: StaffLoad,
  start: number,
  blockedFrom: number,
  blockedUntil: number,
): Session | null | undefined {
  const session = load.sessions.get(start) ?? null;
  for (const other of load.sessions.values()) {
    if (other !== session && other.start < blockedUntil && other.end > blockedFrom)
      return undefined;
  }
  return session;
}

function withinLimits(load: StaffLoad, day: number, dayLoad: number, rules: SlotRules): boolean {
  if (dayLoad >= rules.maxPerDay) return false;
  return (load.perWeek.get(weekOfDay(day)) ?? 0) < rules.maxPerWeek;
}

/** The slots of overlapping working intervals, sorted by start with repeats removed. */
function sortedUnique(slots: StaffSlots): StaffSlots {
  const order = slots.starts
    .map((_, index) => index)
    .sort((a, b) => slots.starts[a]! - slots.starts[b]!);
  const unique: StaffSlots = { starts: [], seats: [], dayLoads: [] };
  for (const index of order) {
    if (unique.starts.at(-1) === slots.starts[index]) continue;
    unique.starts.push(slots.starts[index]!);
    unique.seats.push(slots.seats[index]!);
    unique.dayLoads.push(slots.dayLoads[index]!);
  }
  return unique;
}

/**
 * Each staff member's place in the "least recently booked" order: never booked first, then
 * by the time of their last booking, ties kept in input order.
 */
function recencyRanks(staff: readonly StaffSchedule[]): number[] {
  const order = staff
    .map((member, index) => ({ index, last: member.lastBookedAt ?? -Infinity }))
    .sort((a, b) => (a.last === b.last ? a.index - b.index : a.last < b.last ? -1 : 1));
  const ranks = new Array<number>(staff.length);
  order.forEach(({ index }, position) => (ranks[index] = position));
  return ranks;
}

/** Fewest appointments that local day first, then the recency rank. */
function fairnessKey(
  perStaff: readonly StaffSlots[],
  heads: readonly number[],
  ranks: readonly number[],
  index: number,
): number {
  return perStaff[index]!.dayLoads[heads[index]!]! * ranks.length + ranks[index]!;
}

/** Orders a few staff indexes by ascending key; insertion sort, as the lists are tiny. */
function sortFairly(takers: number[], key: (index: number) => number): void {
  const keys = takers.map(key);
  for (let i = 1; i < takers.length; i++) {
    const taker = takers[i]!;
    const takerKey = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > takerKey; j--) {
      takers[j + 1] = takers[j]!;
      keys[j + 1] = keys[j]!;
    }
    takers[j + 1] = taker;
    keys[j + 1] = takerKey;
  }
}
