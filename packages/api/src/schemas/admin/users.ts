import { z } from '@hono/zod-openapi';

import { EmailSchema, PersonNameSchema } from '../../auth/console-schemas.js';
import { idSchema, UtcStringSchema } from '../common.js';

/** A console login of the account as its owners see it; never its password hash. */
export const ConsoleUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['owner', 'staff']),
    staffId: z
      .string()
      .nullable()
      .openapi({ description: 'The staff member a staff user is; null for owners' }),
    createdAt: UtcStringSchema,
  })
  .openapi('ConsoleUser');

/** Every console login of the account. */
export const ConsoleUserListSchema = z
  .object({ data: z.array(ConsoleUserSchema) })
  .openapi('ConsoleUserList');

/** The body of `POST /admin/users`: invites a staff member to the console. */
export const ConsoleUserInviteSchema = z
  .strictObject({
    staffId: idSchema('stf').openapi({ description: 'A staff member without a login yet' }),
    email: EmailSchema,
    name: PersonNameSchema.optional().openapi({
      description: "How the console greets them; the staff member's name when left out",
    }),
  })
  .openapi('ConsoleUserInvite');

/** The path of one console login. */
export const ConsoleUserParamsSchema = z.object({ userId: idSchema('usr') });
