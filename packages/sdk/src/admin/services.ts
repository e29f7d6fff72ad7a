import type { DataList, Service, ServiceInput } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** The services an account offers. */
export interface ServicesAdmin {
  /** The services, in their display order; archived ones only with `includeArchived`. */
  list(query?: { includeArchived?: boolean }, options?: RequestOptions): Promise<DataList<Service>>;
  /** Creates a service; never retried. */
  create(service: ServiceInput, options?: RequestOptions): Promise<Service>;
  /** The service `serviceId`, even when archived. */
  get(serviceId: string, options?: RequestOptions): Promise<Service>;
  /** Changes the given settings of a service; never retried. */
  update(
    serviceId: string,
    changes: Partial<ServiceInput>,
    options?: RequestOptions,
  ): Promise<Service>;
  /** Archives a service: visitors no longer see it, its bookings stay. Never retried. */
  archive(serviceId: string, options?: RequestOptions): Promise<void>;
  /**
   * Restores an archived service, which visitors can book again from the staff members still
   * linked to it; a service that is not archived comes back unchanged. Never retried.
   */
  restore(serviceId: string, options?: RequestOptions): Promise<Service>;
}

/** The service calls of an admin client. */
export function servicesAdmin(transport: Transport): ServicesAdmin {
  return {
    list: (query = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['services.list'], {
        query: { includeArchived: query.includeArchived?.toString() },
        ...options,
      }),
    create: (service, options = {}) =>
      transport.request(ADMIN_ROUTES['services.create'], { body: service, ...options }),
    get: (serviceId, options = {}) =>
      transport.request(ADMIN_ROUTES['services.get'], { params: { serviceId }, ...options }),
    update: (serviceId, changes, options = {}) =>
      transport.request(ADMIN_ROUTES['services.update'], {
        params: { serviceId },
        body: changes,
        ...options,
      }),
    archive: (serviceId, options = {}) =>
      transport.request(ADMIN_ROUTES['services.archive'], { params: { serviceId }, ...options }),
    restore: (serviceId, options = {}) =>
      transport.request(ADMIN_ROUTES['services.restore'], { params: { serviceId }, ...options }),
  };
}
