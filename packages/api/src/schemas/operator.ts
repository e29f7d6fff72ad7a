import { z } from '@hono/zod-openapi';

import {
  AccountNameSchema,
  AccountSchema,
  AccountTimeZoneSchema,
  AllowedOriginsSchema,
} from './admin/account.js';
import { CreatedApiKeySchema } from './admin/api-keys.js';

/** The body of `POST /operator/accounts`. */
export const OperatorAccountCreateSchema = z
  .strictObject({
    name: AccountNameSchema,
    timeZone: AccountTimeZoneSchema,
    plan: z.enum(['free', 'pro']).default('free'),
    allowedOrigins: AllowedOriginsSchema.default([]),
  })
  .openapi('OperatorAccountCreate');

/** A new account with its first keys, which no later response repeats. */
export const OperatorAccountCreatedSchema = z
  .object({
    account: AccountSchema,
    publishableKey: CreatedApiKeySchema,
    secretKey: CreatedApiKeySchema,
  })
  .openapi('OperatorAccountCreated');
