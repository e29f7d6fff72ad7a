import { z } from '@hono/zod-openapi';

import {
  AccountNameSchema,
  AccountSchema,
  AccountTimeZoneSchema,
  AllowedOriginsSchema,
} from './admin/account.js';
import { CreatedApiKeySchema } from './admin/api-keys.js';
import { idSchema } from './common.js';

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

/** The path of one account, for the operator. */
export const OperatorAccountParamsSchema = z.object({ accountId: idSchema('acc') });

/** The body of `PATCH /operator/accounts/{accountId}`: the stand-in for billing. */
export const OperatorAccountUpdateSchema = z
  .strictObject({ plan: z.enum(['free', 'pro']) })
  .openapi('OperatorAccountUpdate');
