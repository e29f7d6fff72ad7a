import { call } from './console-api.js';

/** A staff member as the admin API answers it. */
export interface StaffMember {
  id: string;
  name: string;
  /** The IANA zone their working hours and date overrides are written in. */
  timeZone: string;
  email: string | null;
  position: number;
  archivedAt: string | null;
  createdAt: string;
}

/** What the console writes of a staff member. */
export interface StaffDetails {
  name: string;
  timeZone: string;
  email: string | null;
}

/** One interval of weekly working hours: wall-clock minutes in the staff member's zone. */
export interface WorkingInterval {
  /** Monday 1 … Sunday 7. */
  weekday: number;
  startMinute: number;
  /** Minutes after the same midnight; past 1440 ends on the next day. */
  endMinute: number;
}

/** One interval of a date override, in minutes after that date's local midnight. */
export interface LocalInterval {
  startMinute: number;
  endMinute: number;
}

/** A date whose hours replace the weekly ones; no intervals means closed all day. */
export interface DateOverride {
  date: string;
  intervals: LocalInterval[];
}

/** An absence over `[start, end)`, UTC instants. */
export interface TimeOff {
  id: string;
  start: string;
  end: string;
  reason: string;
}

const staffPath = (id: string) => `/admin/staff/${encodeURIComponent(id)}`;

/** The account's staff members by position, archived ones too when asked. */
export async function listStaff(includeArchived = false): Promise<StaffMember[]> {
  const query = includeArchived ? '?includeArchived=true' : '';
  return (await call<{ data: StaffMember[] }>('GET', `/admin/staff${query}`)).data;
}

/** Adds a staff member; one past the plan's staff limit is refused with `plan_limit_staff`. */
export const createStaff = (details: StaffDetails) =>
  call<StaffMember>('POST', '/admin/staff', details);

/** Changes a staff member's name, email or zone. */
export const updateStaff = (id: string, details: StaffDetails) =>
  call<StaffMember>('PATCH', staffPath(id), details);

/**
 * Archives a staff member: they stop offering every service and keep their bookings; the
 * free plan counts only members not archived.
 */
export const archiveStaff = (id: string) => call<undefined>('DELETE', staffPath(id));

/**
 * Restores an archived staff member with their hours, who offers no service until given some
 * again; beyond the plan's staff limit it is refused with `plan_limit_staff`.
 */
export const restoreStaff = (id: string) => call<StaffMember>('POST', `${staffPath(id)}/restore`);

/**
 * Makes `staffId` offer exactly the services in `serviceIds`, none of them archived, with one
 * call that changes all of them or, when the API refuses (say a service was archived
 * meanwhile, at `serviceIds.<n>`), none. Their links to archived services stay.
 */
export const setServicesOf = (staffId: string, serviceIds: readonly string[]) =>
  call<{ serviceIds: string[] }>('PUT', `${staffPath(staffId)}/services`, { serviceIds });

/** A staff member's weekly working hours, by weekday and start. */
export async function getWorkingHours(staffId: string): Promise<WorkingInterval[]> {
  return (await call<{ data: WorkingInterval[] }>('GET', `${staffPath(staffId)}/working-hours`))
    .data;
}

/** Replaces a staff member's whole week of working hours. */
export async function putWorkingHours(staffId: string, intervals: WorkingInterval[]) {
  const path = `${staffPath(staffId)}/working-hours`;
  return (await call<{ data: WorkingInterval[] }>('PUT', path, { intervals })).data;
}

/** A staff member's date overrides from `from` to `to`, both dates inclusive. */
export async function listDateOverrides(staffId: string, from: string, to: string) {
  const query = new URLSearchParams({ from, to });
  const path = `${staffPath(staffId)}/date-overrides?${query}`;
  return (await call<{ data: DateOverride[] }>('GET', path)).data;
}

/** Sets the hours of one date; an empty list closes it. */
export const putDateOverride = (staffId: string, date: string, intervals: LocalInterval[]) =>
  call<DateOverride>('PUT', `${staffPath(staffId)}/date-overrides/${date}`, {
    intervals,
  });

/** Gives a date back to the weekly working hours. */
export const deleteDateOverride = (staffId: string, date: string) =>
  call<undefined>('DELETE', `${staffPath(staffId)}/date-overrides/${date}`);

const utc = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A staff member's absences that overlap `[start, end)`; `end` may be left open. */
export async function listTimeOff(staffId: string, start: number, end?: number) {
  const query = new URLSearchParams({ start: utc(start) });
  if (end !== undefined) query.set('end', utc(end));
  const path = `${staffPath(staffId)}/time-off?${query}`;
  return (await call<{ data: TimeOff[] }>('GET', path)).data;
}

/** Adds an absence over `[start, end)`. */
export const addTimeOff = (staffId: string, start: number, end: number, reason: string) =>
  call<TimeOff>('POST', `${staffPath(staffId)}/time-off`, {
    start: utc(start),
    end: utc(end),
    ...(reason ? { reason } : {}),
  });

/** Removes an absence. */
export const deleteTimeOff = (staffId: string, timeOffId: string) =>
  call<undefined>('DELETE', `${staffPath(staffId)}/time-off/${encodeURIComponent(timeOffId)}`);
