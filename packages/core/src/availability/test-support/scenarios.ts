/** fast-check arbitraries of whole availability inputs, for the engine's property tests. */
import fc from 'fast-check';

import { DAY_MS, MINUTE_MS } from '../../time/instant.js';
import { dayNumberToLocalDate, localDateToDayNumber } from '../../time/local-date.js';
import { zoneOffsetMinutes } from '../../time/zone.js';
import type {
  AvailabilityInput,
  BusyInterval,
  LocalInterval,
  StaffSchedule,
  WorkingInterval,
} from '../types.js';

import { candidateStarts, rulesOf } from './reference-slots.js';

// Fixed so that a failure reproduces; fast-check prints the seed and path of a counterexample.
export const SEED = 20_271_107;
export const RUNS = 150;

export const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
/** Zones with unusual transitions, drawn as often as all the others together. */
export const AWKWARD_ZONES = [
  'America/New_York',
  'America/St_Johns',
  'America/Santiago',
  'America/Havana',
  'America/Asuncion',
  'Europe/Dublin',
  'Europe/London',
  'Africa/Casablanca',
  'Asia/Beirut',
  'Asia/Tehran',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Antarctica/Troll',
];
export const zone = fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...AWKWARD_ZONES));
export const FIRST_DAY = localDateToDayNumber('2000-01-01');
export const LAST_DAY = localDateToDayNumber('2037-12-20');
export const GROUP_SERVICE = 'svc_group';

// Inputs: raw numbers first, turned into an AvailabilityInput by buildScenario.

export const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
export const int = (min: number, max: number) => fc.integer({ min, max });
/** Whole multiples of five minutes, so that starts of different staff and bookings meet. */
export const fives = (min: number, max: number) => int(min / 5, max / 5).map((count) => count * 5);

export const localInterval: fc.Arbitrary<LocalInterval> = fc
  .record({
    // Half-hour starts let the windows of different staff members line up.
    startMinute: fc.oneof(
      fives(0, 1435),
      int(0, 47).map((count) => count * 30),
    ),
    length: fives(5, 600),
  })
  .map(({ startMinute, length }) => ({ startMinute, endMinute: startMinute + length }));

export const weeklyHours: fc.Arbitrary<WorkingInterval[]> = fc
  .array(fc.array(localInterval, { minLength: 1, maxLength: 3 }), { minLength: 7, maxLength: 7 })
  .map((days) =>
    days.flatMap((intervals, index) =>
      intervals.map((interval) => ({ weekday: index + 1, ...interval })),
    ),
  );

/** A span in minutes from the UTC midnight before the range starts. */
export const span = (maxLength: number) =>
  fc.record({ at: fives(-1440, 12 * 1440), length: fives(5, maxLength) });

export const rawBusy = fc.record({
  span: span(300),
  kind: fc.constantFrom('booking', 'hold', 'external') as fc.Arbitrary<BusyInterval['kind']>,
  serviceId: fc.constantFrom(GROUP_SERVICE, 'svc_other', undefined),
  lead: fives(0, 60),
  seats: optional(int(1, 3)),
});

/** A booking or hold placed on a start the working hours allow, so that sessions fill up. */
export const rawSession = fc.record({
  pick: fc.nat(),
  // Another visitor of the previous session, who may have chosen another duration.
  joinsPrevious: fc.boolean(),
  kind: fc.constantFrom('booking', 'hold') as fc.Arbitrary<BusyInterval['kind']>,
  durationPick: fc.nat(),
  seats: int(1, 4),
});

export const rawStaff = fc.record({
  timeZone: zone,
  // Staff members in one zone meet at the same starts far more often.
  sameZoneAsFirst: fc.boolean(),
  workingHours: weeklyHours,
  overrides: fc.uniqueArray(
    fc.record({ day: int(-1, 11), intervals: fc.array(localInterval, { maxLength: 2 }) }),
    { maxLength: 2, selector: (override) => override.day },
  ),
  timeOff: fc.array(span(600), { maxLength: 2 }),
  busy: fc.array(rawBusy, { maxLength: 6 }),
  sessions: fc.array(rawSession, { maxLength: 3 }),
  lastBookedAt: optional(int(946_684_800, 2_145_916_800).map((seconds) => seconds * 1000)),
});

export const rawService = fc.record({
  serviceId: fc.constantFrom(GROUP_SERVICE, undefined),
  durationMinutes: fc.oneof(fc.constantFrom(15, 30, 60), fives(5, 240), int(5, 240)),
  alternativeDurationsMinutes: optional(fc.uniqueArray(int(5, 240), { maxLength: 2 })),
  intervalMinutes: optional(fc.oneof(fives(5, 120), int(5, 120))),
  bufferBeforeMinutes: optional(int(0, 60)),
  bufferAfterMinutes: optional(int(0, 60)),
  minimumNoticeMinutes: optional(int(0, 2880)),
  horizonDays: optional(int(1, 90)),
  capacity: optional(int(1, 4)),
  maxPerDay: optional(int(1, 6)),
  maxPerWeek: optional(int(1, 20)),
});

export const rawScenario = fc.record({
  day: int(FIRST_DAY, LAST_DAY),
  nearTransition: fc.boolean(),
  startMinute: int(0, 1439),
  // A range that does not start on a whole minute takes the engine's slower merge.
  startMs: fc.oneof(fc.constant(0), int(1, 59_999)),
  lengthMinutes: int(60, 10 * 1440),
  nowOffsetMinutes: int(-2 * 1440, 720),
  service: rawService,
  durationChoice: fc.nat(),
  staff: fc.array(rawStaff, { minLength: 1, maxLength: 3 }),
  samples: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  edge: fc.record({
    bound: fc.constantFrom('none', 'rangeStart', 'rangeEnd', 'notice', 'horizon'),
    pick: fc.nat(),
  }),
});

export type RawScenario = typeof rawScenario extends fc.Arbitrary<infer T> ? T : never;

export interface Scenario {
  input: AvailabilityInput;
  /** Arbitrary numbers for picking slots and instants to look at more closely. */
  samples: number[];
}

export interface Shape {
  /** Whether staff members have bookings, holds, external events and time off. */
  busy: boolean;
  /** Whether the daily and weekly limits are kept. */
  limits: boolean;
  /** Whether staff members keep the `lastBookedAt` generated for them. */
  lastBooked: boolean;
  /** Whether the service is a group class of several lengths, so that sessions are shared. */
  group?: boolean;
}

/** The first UTC day from `day` on whose end `timeZone` has another offset, if within a year. */
export function nextTransitionDay(timeZone: string, day: number): number {
  for (let candidate = day; candidate < Math.min(day + 400, LAST_DAY); candidate++) {
    const before = zoneOffsetMinutes(timeZone, candidate * DAY_MS);
    if (zoneOffsetMinutes(timeZone, (candidate + 1) * DAY_MS) !== before) return candidate;
  }
  return day;
}

/** The generated service turned into a group class with seats and a second length. */
export function groupClass(service: RawScenario['service']): RawScenario['service'] {
  const { durationMinutes, alternativeDurationsMinutes = [] } = service;
  return {
    ...service,
    serviceId: GROUP_SERVICE,
    capacity: 2 + (durationMinutes % 3),
    alternativeDurationsMinutes: [...alternativeDurationsMinutes, durationMinutes + 30],
  };
}

/**
 * Moves one bound (range start or end, the end of the notice, the horizon) onto a start the
 * first staff member's hours allow, where an off-by-one in the engine would show.
 */
export function onEdge(input: AvailabilityInput, edge: RawScenario['edge']): AvailabilityInput {
  if (edge.bound === 'none') return input;
  const unbounded = { ...input, now: 0, service: { ...input.service, horizonDays: undefined } };
  const starts = candidateStarts(input.staff[0]!, rulesOf(unbounded), input.range);
  const start = starts[edge.pick % Math.max(1, starts.length)];
  if (start === undefined) return input;

  const { range, service } = input;
  switch (edge.bound) {
    case 'rangeStart':
      return { ...input, range: { start, end: Math.max(range.end, start + DAY_MS) } };
    case 'rangeEnd':
      return { ...input, range: { start: Math.min(range.start, start - DAY_MS), end: start } };
    case 'notice':
      return { ...input, now: start - (service.minimumNoticeMinutes ?? 0) * MINUTE_MS };
    default: {
      const horizonDays = service.horizonDays ?? 1 + (edge.pick % 3);
      const notice = Math.min(service.minimumNoticeMinutes ?? 0, 1440);
      return {
        ...input,
        service: { ...service, horizonDays, minimumNoticeMinutes: notice },
        now: start - horizonDays * DAY_MS,
      };
    }
  }
}

export function buildScenario(raw: RawScenario, shape: Shape): Scenario {
  // Half the runs start the range the day before a transition of the first staff member's zone.
  const firstZone = raw.staff[0]!.timeZone;
  const day = raw.nearTransition ? nextTransitionDay(firstZone, raw.day) - 1 : raw.day;
  const base = day * DAY_MS;
  const rangeStart = base + raw.startMinute * MINUTE_MS + raw.startMs;
  const at = (minutes: number) => base + minutes * MINUTE_MS;
  const { maxPerDay, maxPerWeek, ...service } = shape.group ? groupClass(raw.service) : raw.service;
  const durations = [service.durationMinutes, ...(service.alternativeDurationsMinutes ?? [])];
  const choice = raw.durationChoice % (durations.length + 1);

  const staff = raw.staff.map((member, index): StaffSchedule => {
    const busy = member.busy.map(({ span, kind, serviceId, lead, seats }): BusyInterval => {
      const start = at(span.at);
      const end = start + span.length * MINUTE_MS;
      if (kind === 'external') return { kind, start, end };
      const appointmentStart = start + Math.min(lead, span.length - 5) * MINUTE_MS;
      return { kind, start, end, serviceId, appointmentStart, seats };
    });
    return {
      staffId: `stf_${index}`,
      timeZone: member.sameZoneAsFirst ? firstZone : member.timeZone,
      workingHours: member.workingHours,
      dateOverrides: member.overrides.map((override) => ({
        date: dayNumberToLocalDate(day + override.day),
        intervals: override.intervals,
      })),
      timeOff: shape.busy
        ? member.timeOff.map((off) => ({ start: at(off.at), end: at(off.at + off.length) }))
        : [],
      busy: shape.busy ? busy : [],
      lastBookedAt: shape.lastBooked ? member.lastBookedAt : undefined,
    };
  });
  const input = onEdge(
    {
      service: shape.limits ? { ...service, maxPerDay, maxPerWeek } : service,
      durationMinutes: choice === durations.length ? undefined : durations[choice],
      staff,
      range: { start: rangeStart, end: rangeStart + raw.lengthMinutes * MINUTE_MS },
      now: rangeStart + raw.nowOffsetMinutes * MINUTE_MS,
    },
    raw.edge,
  );
  if (!shape.busy) return { input, samples: raw.samples };

  // Sessions of this service (of any offered length) at starts the working hours allow.
  const rules = rulesOf(input);
  const withSessions = staff.map((member, index): StaffSchedule => {
    const starts = candidateStarts(member, rules, input.range);
    const sessions: BusyInterval[] = [];
    if (starts.length === 0) return member;
    for (const { pick, joinsPrevious, kind, durationPick, seats } of raw.staff[index]!.sessions) {
      const appointmentStart =
        joinsPrevious && sessions.length
          ? sessions.at(-1)!.appointmentStart!
          : starts[pick % starts.length]!;
      const minutes = durations[durationPick % durations.length]!;
      sessions.push({
        kind,
        serviceId: service.serviceId,
        appointmentStart,
        start: appointmentStart - rules.before,
        end: appointmentStart + minutes * MINUTE_MS + rules.after,
        seats,
      });
    }
    return { ...member, busy: [...member.busy, ...sessions] };
  });
  return { input: { ...input, staff: withSessions }, samples: raw.samples };
}

export const scenario = (shape: Shape) => rawScenario.map((raw) => buildScenario(raw, shape));
export const everything = scenario({ busy: true, limits: true, lastBooked: true });
