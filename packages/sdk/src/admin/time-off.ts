import type { DataList, TimeOff, TimeOffInput } from '@bookafy/core/client';

import { toInstantString, type InstantInput } from '../internal/instant.js';
import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** Time off of a staff member: UTC intervals in which they take no bookings. */
export interface TimeOffAdmin {
  /** The time off of `staffId`, optionally only what overlaps `[start, end)`. */
  list(
    staffId: string,
    query?: { start?: InstantInput; end?: InstantInput },
    options?: RequestOptions,
  ): Promise<DataList<TimeOff>>;
  /** Gives `staffId` time off over `[start, end)`; never retried. */
  create(
    staffId: string,
    timeOff: Omit<TimeOffInput, 'start' | 'end'> & { start: InstantInput; end: InstantInput },
    options?: RequestOptions,
  ): Promise<TimeOff>;
  /** Removes the time off `timeOffId`; never retried. */
  remove(staffId: string, timeOffId: string, options?: RequestOptions): Promise<void>;
}

/** The time off calls of an admin client. */
export function timeOffAdmin(transport: Transport): TimeOffAdmin {
  return {
    list: (staffId, query = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['timeOff.list'], {
        params: { staffId },
        query: {
          start: query.start === undefined ? undefined : toInstantString(query.start),
          end: query.end === undefined ? undefined : toInstantString(query.end),
        },
        ...options,
      }),
    create: (staffId, timeOff, options = {}) =>
      transport.request(ADMIN_ROUTES['timeOff.create'], {
        params: { staffId },
        body: {
          ...timeOff,
          start: toInstantString(timeOff.start),
          end: toInstantString(timeOff.end),
        },
        ...options,
      }),
    remove: (staffId, timeOffId, options = {}) =>
      transport.request(ADMIN_ROUTES['timeOff.remove'], {
        params: { staffId, timeOffId },
        ...options,
      }),
  };
}
