import type { DataList, WireWorkingInterval } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** A staff member's weekly working hours, in wall-clock minutes of their own zone. */
export interface WorkingHoursAdmin {
  /** The weekly intervals of the staff member `staffId`. */
  get(staffId: string, options?: RequestOptions): Promise<DataList<WireWorkingInterval>>;
  /** Replaces all weekly intervals of `staffId`; safe to retry, as the result is the same. */
  set(
    staffId: string,
    intervals: WireWorkingInterval[],
    options?: RequestOptions,
  ): Promise<DataList<WireWorkingInterval>>;
}

/** The working hours calls of an admin client. */
export function workingHoursAdmin(transport: Transport): WorkingHoursAdmin {
  return {
    get: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['workingHours.get'], { params: { staffId }, ...options }),
    set: (staffId, intervals, options = {}) =>
      transport.request(ADMIN_ROUTES['workingHours.set'], {
        params: { staffId },
        body: { intervals },
        ...options,
      }),
  };
}
