/**
 * Compile-time proof that the request and response schemas describe the same shapes as the
 * wire types of @bookafy/core that the SDK returns: `pnpm typecheck` fails when they drift.
 */
import type { Booking, BookingRequest, Bootstrap, Problem, SlotList } from '@bookafy/core';
import type { z } from '@hono/zod-openapi';

import type { BookingRequestSchema, BookingSchema } from './bookings.js';
import type { BootstrapSchema } from './bootstrap.js';
import type { ProblemSchema } from './common.js';
import type { SlotListSchema } from './slots.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type WireAgreement = [
  Assert<Same<z.infer<typeof BootstrapSchema>, Bootstrap>>,
  Assert<Same<z.infer<typeof SlotListSchema>, SlotList>>,
  Assert<Same<z.input<typeof BookingRequestSchema>, BookingRequest>>,
  Assert<Same<z.infer<typeof BookingSchema>, Booking>>,
  Assert<Same<z.infer<typeof ProblemSchema>, Problem>>,
];
