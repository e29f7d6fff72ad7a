/**
 * @bookafy/sdk/admin: the secret-key client a business uses on its server to manage its
 * account, kept apart from `@bookafy/sdk` so that a web page never bundles it.
 *
 * @example
 * import { createAdminClient } from '@bookafy/sdk/admin';
 * const admin = createAdminClient({ baseUrl: 'https://book.example.com', secretKey: 'sk_…' });
 * for await (const booking of admin.bookings.listAll({ status: 'pending' })) {
 *   await admin.bookings.confirm(booking.id);
 * }
 */
export { createAdminClient } from './admin-client.js';
export type { AdminClient, AdminClientOptions } from './admin-client.js';
export type { AccountAdmin } from './admin/account.js';
export type { ApiKeysAdmin } from './admin/api-keys.js';
export type { BookingExportFilters, BookingFilters, BookingsAdmin } from './admin/bookings.js';
export type {
  CalendarFeed,
  CalendarFeedCreated,
  CalendarFeedsAdmin,
} from './admin/calendar-feeds.js';
export type { DateOverridesAdmin } from './admin/date-overrides.js';
export type { Insights, InsightsAdmin, InsightsDay, InsightsQuery } from './admin/insights.js';
export type { ServicesAdmin } from './admin/services.js';
export type { StaffAdmin, StaffServices } from './admin/staff.js';
export type { TimeOffAdmin } from './admin/time-off.js';
export type { PlanLimitUsage, PlanUsage, UsageAdmin } from './admin/usage.js';
export type { ConsoleUser, ConsoleUserInvite, UsersAdmin } from './admin/users.js';
export type { WorkingHoursAdmin } from './admin/working-hours.js';
export type { EventsAdmin, WebhookEndpointsAdmin } from './admin/webhooks.js';
export type { InstantInput } from './internal/instant.js';
export type { RequestOptions } from './internal/request-options.js';
export { BookafyError } from './errors/bookafy-error.js';
export { HttpError } from './errors/http-error.js';
export { NetworkError } from './errors/network-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { SlotTakenError } from './errors/slot-taken-error.js';
export { ValidationError } from './errors/validation-error.js';
export type * from '@bookafy/core/client';
