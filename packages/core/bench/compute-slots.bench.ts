/**
 * Times `computeSlots` on the workload of docs/benchmarks.md: 20 staff members in 10 zones,
 * 31 days containing DST changes, a 15-minute interval and two busy intervals per staff
 * member per working day. Prints one JSON object; `pnpm bench` runs it pinned to one core.
 */
import { computeSlots } from '../src/availability/compute-slots.js';
import type { BusyInterval, StaffSchedule } from '../src/availability/types.js';
import { localDateToDayNumber } from '../src/time/local-date.js';
import { wallClockToEpochMs } from '../src/time/zone.js';

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Europe/London',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'America/Sao_Paulo',
  'Africa/Casablanca',
];
// March 2027: New York and Los Angeles spring forward on the 14th, Europe on the 28th.
const RANGE = {
  start: Date.parse('2027-03-01T00:00:00Z'),
  end: Date.parse('2027-04-01T00:00:00Z'),
};
const NOW = Date.parse('2027-02-27T00:00:00Z');
const WARMUP_RUNS = 300;
const MEASURED_RUNS = 1000;

function busyDay(zone: string, day: number): BusyInterval[] {
  const local = (minute: number) => wallClockToEpochMs(zone, day * 1440 + minute);
  return [
    {
      kind: 'booking',
      start: local(600),
      end: local(645),
      appointmentStart: local(600),
      serviceId: 'svc_b',
    },
    { kind: 'external', start: local(840), end: local(900) },
  ];
}

function staffMember(index: number): StaffSchedule {
  const timeZone = ZONES[index % ZONES.length]!;
  const firstDay = localDateToDayNumber('2027-02-28');
  const busy: BusyInterval[] = [];
  for (let day = firstDay; day < firstDay + 33; day++) busy.push(...busyDay(timeZone, day));
  return {
    staffId: `stf_${index}`,
    timeZone,
    workingHours: [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      startMinute: 540,
      endMinute: 1020,
    })),
    busy,
  };
}

const input = {
  service: { serviceId: 'svc_a', durationMinutes: 30, intervalMinutes: 15 },
  staff: Array.from({ length: 20 }, (_, index) => staffMember(index)),
  range: RANGE,
  now: NOW,
};

const coldStart = performance.now();
const slots = computeSlots(input);
const coldMs = performance.now() - coldStart;

for (let run = 0; run < WARMUP_RUNS; run++) computeSlots(input);
const timings: number[] = [];
for (let run = 0; run < MEASURED_RUNS; run++) {
  const start = performance.now();
  computeSlots(input);
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const percentile = (p: number) =>
  timings[Math.min(timings.length - 1, Math.ceil(p * timings.length) - 1)]!;

process.stdout.write(
  JSON.stringify({
    runs: MEASURED_RUNS,
    slots: slots.length,
    coldMs,
    medianMs: percentile(0.5),
    p99Ms: percentile(0.99),
    maxMs: timings.at(-1),
  }),
);
