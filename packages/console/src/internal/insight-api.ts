import { call } from './console-api.js';

/** The account's activity over recent days, as `GET /v1/admin/insights` answers. */
export interface Insights {
  /** The account's zone, in which days and hours are counted. */
  timeZone: string;
  from: string;
  to: string;
  /** Every local date of the window, oldest first, zeros included. */
  days: { date: string; booked: number; cancelled: number }[];
  /** Booking starts by local weekday (0 = Monday) and hour. */
  busiestHours: number[][];
}

/** The last `days` days of bookings and cancellations, and the busiest hours. */
export const loadInsights = (days = 90) => call<Insights>('GET', `/admin/insights?days=${days}`);
