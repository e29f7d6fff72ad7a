import { call } from './console-api.js';

/** How much of its plan an account uses, as `GET /v1/admin/usage` answers. */
export interface Usage {
  plan: 'free' | 'pro';
  /** `limit` is `null` where the plan sets none. */
  staff: { used: number; limit: number | null };
  monthlyBookings: { used: number; limit: number | null; month: string };
}

/** A console login of the account. */
export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'staff';
  staffId: string | null;
  createdAt: string;
}

/** A staff member as the admin API lists them; only what the settings page shows. */
export interface StaffMember {
  id: string;
  name: string;
  timeZone: string;
}

/** A staff member's live calendar feed; the URL is shown only when it is created. */
export interface CalendarFeed {
  id: string;
  createdAt: string;
  url?: string;
}

/** The account's plan, its limits and how much of them is used. */
export const loadUsage = () => call<Usage>('GET', '/admin/usage');

/** Every console login of the account. */
export const listUsers = async () =>
  (await call<{ data: ConsoleUser[] }>('GET', '/admin/users')).data;

/** The account's staff members. */
export const listStaff = async () =>
  (await call<{ data: StaffMember[] }>('GET', '/admin/staff')).data;

/** Invites a staff member to the console; they get an email with a link to set a password. */
export const inviteStaffUser = (staffId: string, email: string) =>
  call<ConsoleUser>('POST', '/admin/users', { staffId, email });

/** Removes a staff member's login and ends their sessions. */
export const removeUser = (userId: string) =>
  call<undefined>('DELETE', `/admin/users/${encodeURIComponent(userId)}`);

const feedPath = (staffId: string) => `/admin/staff/${encodeURIComponent(staffId)}/calendar-feed`;

/** The staff member's live feed, or `undefined` when there is none. */
export async function calendarFeed(staffId: string): Promise<CalendarFeed | undefined> {
  try {
    return await call<CalendarFeed>('GET', feedPath(staffId));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Creates a new feed URL for the staff member, revoking the previous one. */
export const createCalendarFeed = (staffId: string) =>
  call<Required<CalendarFeed>>('POST', feedPath(staffId));

/** Revokes the staff member's feed; its URL answers 404 from now on. */
export const revokeCalendarFeed = (staffId: string) => call<undefined>('DELETE', feedPath(staffId));
