import type { Health } from '@bookafy/core/client';

import { accountAdmin, type AccountAdmin } from './admin/account.js';
import { ADMIN_ROUTES } from './admin/admin-routes.js';
import { apiKeysAdmin, type ApiKeysAdmin } from './admin/api-keys.js';
import { bookingsAdmin, type BookingsAdmin } from './admin/bookings.js';
import { calendarFeedsAdmin, type CalendarFeedsAdmin } from './admin/calendar-feeds.js';
import { dateOverridesAdmin, type DateOverridesAdmin } from './admin/date-overrides.js';
import { insightsAdmin, type InsightsAdmin } from './admin/insights.js';
import { servicesAdmin, type ServicesAdmin } from './admin/services.js';
import { staffAdmin, type StaffAdmin } from './admin/staff.js';
import { timeOffAdmin, type TimeOffAdmin } from './admin/time-off.js';
import { usageAdmin, type UsageAdmin } from './admin/usage.js';
import { usersAdmin, type UsersAdmin } from './admin/users.js';
import {
  eventsAdmin,
  webhookEndpointsAdmin,
  type EventsAdmin,
  type WebhookEndpointsAdmin,
} from './admin/webhooks.js';
import { workingHoursAdmin, type WorkingHoursAdmin } from './admin/working-hours.js';
import { BookafyError } from './errors/bookafy-error.js';
import type { RequestOptions } from './internal/request-options.js';
import { Transport, type ConnectionOptions } from './internal/transport.js';

/** Options of {@link createAdminClient}. */
export interface AdminClientOptions extends ConnectionOptions {
  /** A secret key of the account, `sk_…`; keep it on a server, never in a web page. */
  secretKey: string;
}

/** The calls a business makes about its own account, all with a secret key. */
export interface AdminClient {
  account: AccountAdmin;
  apiKeys: ApiKeysAdmin;
  services: ServicesAdmin;
  staff: StaffAdmin;
  workingHours: WorkingHoursAdmin;
  dateOverrides: DateOverridesAdmin;
  timeOff: TimeOffAdmin;
  bookings: BookingsAdmin;
  calendarFeeds: CalendarFeedsAdmin;
  webhookEndpoints: WebhookEndpointsAdmin;
  events: EventsAdmin;
  users: UsersAdmin;
  /** The account's plan, and how much of its limits it uses this month. */
  usage: UsageAdmin;
  /** Bookings made and cancelled per local day, and the busiest hours of the week. */
  insights: InsightsAdmin;
  /** Whether the Worker and its database answer; needs no key. */
  health(options?: RequestOptions): Promise<Health>;
}

/**
 * Creates a client for the admin API, for servers only: the secret key grants every change
 * to the account.
 *
 * @example
 * import { createAdminClient } from '@bookafy/sdk/admin';
 * const admin = createAdminClient({ baseUrl: 'https://book.example.com', secretKey: 'sk_…' });
 * const service = await admin.services.create({ name: 'Haircut', durationMinutes: 45 });
 */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const { secretKey, ...transportOptions } = options;
  // The transport sends a publishable key in the URL, where a secret key must never go.
  if (!secretKey.startsWith('sk_')) {
    throw new BookafyError('createAdminClient needs a secret key (sk_…)');
  }
  const transport = new Transport({ ...transportOptions, apiKey: secretKey });

  return {
    account: accountAdmin(transport),
    apiKeys: apiKeysAdmin(transport),
    services: servicesAdmin(transport),
    staff: staffAdmin(transport),
    workingHours: workingHoursAdmin(transport),
    dateOverrides: dateOverridesAdmin(transport),
    timeOff: timeOffAdmin(transport),
    bookings: bookingsAdmin(transport),
    calendarFeeds: calendarFeedsAdmin(transport),
    webhookEndpoints: webhookEndpointsAdmin(transport),
    events: eventsAdmin(transport),
    users: usersAdmin(transport),
    usage: usageAdmin(transport),
    insights: insightsAdmin(transport),
    health: (callOptions = {}) => transport.request(ADMIN_ROUTES.health, callOptions),
  };
}
