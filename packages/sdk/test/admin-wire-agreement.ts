/**
 * Compile-time proof that the admin types the SDK declares describe the same shapes as the
 * API's schemas, from which the OpenAPI document is generated: `pnpm typecheck` fails when
 * they drift.
 */
import type {
  ConsoleUserInviteSchema,
  ConsoleUserSchema,
} from '../../api/src/schemas/admin/users.js';
import type {
  CalendarFeedCreatedSchema,
  CalendarFeedSchema,
} from '../../api/src/schemas/admin/calendar-feeds.js';
import type { InsightsSchema } from '../../api/src/schemas/admin/insights.js';
import type { PlanUsageSchema } from '../../api/src/schemas/admin/usage.js';
import type { CalendarFeed, CalendarFeedCreated } from '../src/admin/calendar-feeds.js';
import type { Insights } from '../src/admin/insights.js';
import type { PlanUsage } from '../src/admin/usage.js';
import type { ConsoleUser, ConsoleUserInvite } from '../src/admin/users.js';

/** What a zod schema parses into, or accepts, without depending on zod from this package. */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type AdminWireAgreement = [
  Assert<Same<Output<typeof ConsoleUserSchema>, ConsoleUser>>,
  Assert<Same<Input<typeof ConsoleUserInviteSchema>, ConsoleUserInvite>>,
  Assert<Same<Output<typeof PlanUsageSchema>, PlanUsage>>,
  Assert<Same<Output<typeof CalendarFeedSchema>, CalendarFeed>>,
  Assert<Same<Output<typeof CalendarFeedCreatedSchema>, CalendarFeedCreated>>,
  Assert<Same<Output<typeof InsightsSchema>, Insights>>,
];
