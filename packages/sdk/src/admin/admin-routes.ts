import type { Route } from '../internal/route.js';

/**
 * The operation behind each method of the admin client, by its path in the client; the
 * client calls the API only through this table, and a test checks it against the API's
 * OpenAPI document.
 */
export const ADMIN_ROUTES = {
  health: 'GET /health',
  'account.get': 'GET /admin/account',
  'account.update': 'PATCH /admin/account',
  'apiKeys.list': 'GET /admin/api-keys',
  'apiKeys.create': 'POST /admin/api-keys',
  'apiKeys.rotate': 'POST /admin/api-keys/{keyId}/rotate',
  'apiKeys.revoke': 'DELETE /admin/api-keys/{keyId}',
  'services.list': 'GET /admin/services',
  'services.create': 'POST /admin/services',
  'services.get': 'GET /admin/services/{serviceId}',
  'services.update': 'PATCH /admin/services/{serviceId}',
  'services.archive': 'DELETE /admin/services/{serviceId}',
  'staff.list': 'GET /admin/staff',
  'staff.create': 'POST /admin/staff',
  'staff.get': 'GET /admin/staff/{staffId}',
  'staff.update': 'PATCH /admin/staff/{staffId}',
  'staff.archive': 'DELETE /admin/staff/{staffId}',
  'workingHours.get': 'GET /admin/staff/{staffId}/working-hours',
  'workingHours.set': 'PUT /admin/staff/{staffId}/working-hours',
  'dateOverrides.list': 'GET /admin/staff/{staffId}/date-overrides',
  'dateOverrides.set': 'PUT /admin/staff/{staffId}/date-overrides/{date}',
  'dateOverrides.remove': 'DELETE /admin/staff/{staffId}/date-overrides/{date}',
  'timeOff.list': 'GET /admin/staff/{staffId}/time-off',
  'timeOff.create': 'POST /admin/staff/{staffId}/time-off',
  'timeOff.remove': 'DELETE /admin/staff/{staffId}/time-off/{timeOffId}',
  'bookings.list': 'GET /admin/bookings',
  'bookings.get': 'GET /admin/bookings/{bookingId}',
  'bookings.events': 'GET /admin/bookings/{bookingId}/events',
  'bookings.confirm': 'POST /admin/bookings/{bookingId}/confirm',
  'bookings.cancel': 'POST /admin/bookings/{bookingId}/cancel',
  'bookings.reschedule': 'POST /admin/bookings/{bookingId}/reschedule',
  'webhookEndpoints.list': 'GET /admin/webhook-endpoints',
  'webhookEndpoints.create': 'POST /admin/webhook-endpoints',
  'webhookEndpoints.get': 'GET /admin/webhook-endpoints/{endpointId}',
  'webhookEndpoints.update': 'PATCH /admin/webhook-endpoints/{endpointId}',
  'webhookEndpoints.delete': 'DELETE /admin/webhook-endpoints/{endpointId}',
  'webhookEndpoints.rotateSecret': 'POST /admin/webhook-endpoints/{endpointId}/rotate-secret',
  'webhookEndpoints.deliveries': 'GET /admin/webhook-endpoints/{endpointId}/deliveries',
  'events.replay': 'POST /admin/events/{eventId}/replay',
} as const satisfies Record<string, Route>;
