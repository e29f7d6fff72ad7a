import type { DataList, StaffMember, StaffMemberInput } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** The services a staff member offers, as `admin.staff.setServices` answers them. */
export interface StaffServices {
  /** The ids of the services the member offers that are not archived, in their display order. */
  serviceIds: string[];
}

/** The staff members who take bookings. */
export interface StaffAdmin {
  /** The staff members, in their display order; archived ones only with `includeArchived`. */
  list(
    query?: { includeArchived?: boolean },
    options?: RequestOptions,
  ): Promise<DataList<StaffMember>>;
  /** Adds a staff member; never retried. */
  create(staffMember: StaffMemberInput, options?: RequestOptions): Promise<StaffMember>;
  /** The staff member `staffId`, even when archived. */
  get(staffId: string, options?: RequestOptions): Promise<StaffMember>;
  /** Changes the given settings of a staff member; never retried. */
  update(
    staffId: string,
    changes: Partial<StaffMemberInput>,
    options?: RequestOptions,
  ): Promise<StaffMember>;
  /**
   * Archives a staff member: visitors can no longer book them; their bookings stay. Never
   * retried.
   */
  archive(staffId: string, options?: RequestOptions): Promise<void>;
  /**
   * Restores an archived staff member with their hours, overrides and time off; they offer no
   * service until given some again with `setServices`, because archiving removed those
   * links. Throws `HttpError` 402 `plan_limit_staff` when the plan has no room, and the member
   * stays archived. Never retried.
   */
  restore(staffId: string, options?: RequestOptions): Promise<StaffMember>;
  /**
   * Makes `staffId` offer exactly `serviceIds`, each once, all in one write: a refusal changes
   * none of them. Their links to archived services stay as they are. An unknown, archived or
   * other account's service, or an archived member, throws `ValidationError` 422 whose
   * `fieldErrors` name `serviceIds.<n>` or `staffId`. Safe to retry, as the result is the same.
   *
   * @example
   * await admin.staff.setServices(mira.id, [haircut.id, colour.id]);
   */
  setServices(
    staffId: string,
    serviceIds: string[],
    options?: RequestOptions,
  ): Promise<StaffServices>;
}

/** The staff calls of an admin client. */
export function staffAdmin(transport: Transport): StaffAdmin {
  return {
    list: (query = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.list'], {
        query: { includeArchived: query.includeArchived?.toString() },
        ...options,
      }),
    create: (staffMember, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.create'], { body: staffMember, ...options }),
    get: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.get'], { params: { staffId }, ...options }),
    update: (staffId, changes, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.update'], {
        params: { staffId },
        body: changes,
        ...options,
      }),
    archive: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.archive'], { params: { staffId }, ...options }),
    restore: (staffId, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.restore'], { params: { staffId }, ...options }),
    setServices: (staffId, serviceIds, options = {}) =>
      transport.request(ADMIN_ROUTES['staff.setServices'], {
        params: { staffId },
        body: { serviceIds },
        ...options,
      }),
  };
}
