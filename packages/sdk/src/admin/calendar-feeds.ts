import type { UtcString } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** A staff member's live calendar feed, without its secret address. */
export interface CalendarFeed {
  id: string;
  createdAt: UtcString;
}

/** A new calendar feed with the address calendar programs subscribe to, shown only once. */
export interface CalendarFeedCreated extends CalendarFeed {
  /** `…/v1/feeds/<token>.ics`; it needs no key, so keep it as secret as a password. */
  url: string;
}

/**
 * Each staff member's secret iCalendar address, which Google, Apple or Outlook calendars
 * subscribe to. Without a live feed, `get` and `revoke` throw `HttpError` 404
 * `feed_not_found`; another account's staff member is 404 `not_found`.
 */
export interface CalendarFeedsAdmin {
  /** When the staff member's live feed was made; its address is never shown again. */
  get(staffId: string, options?: RequestOptions): Promise<CalendarFeed>;
  /**
   * Makes a new feed address for the staff member and revokes the previous one, whose address
   * answers 404 from then on. Never retried.
   */
  create(staffId: string, options?: RequestOptions): Promise<CalendarFeedCreated>;
  /** Revokes the live feed; calendars subscribed to it stop updating. Never retried. */
  revoke(staffId: string, options?: RequestOptions): Promise<void>;
}

/** The calendar feed calls of an admin client. */
export function calendarFeedsAdmin(transport: Transport): CalendarFeedsAdmin {
  return {
    get: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['calendarFeeds.get'], { params: { staffId }, ...options }),
    create: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['calendarFeeds.create'], { params: { staffId }, ...options }),
    revoke: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['calendarFeeds.revoke'], { params: { staffId }, ...options }),
  };
}
