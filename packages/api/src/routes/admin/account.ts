import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';

import { toWireAccount } from '../../data/wire-account.js';
import { accounts } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { isSlugClash } from '../../internal/slug.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import { AccountSchema, AccountUpdateSchema } from '../../schemas/admin/account.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: account'];
const accountContent = { 'application/json': { schema: AccountSchema } };

/** `/v1/admin/account`: the settings of the account whose secret key calls. */
export const accountAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/account',
      summary: 'Read the account settings',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      responses: {
        200: { description: 'The account', content: accountContent },
        401: problemContent('Missing or invalid secret key'),
      },
    }),
    (c) => c.json(toWireAccount(c.var.account), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/account',
      summary: 'Change the account settings',
      description:
        'Only the fields sent change. `allowedOrigins` replaces the whole list; its entries are ' +
        'exact origins (`https://shop.example`), the only pages whose browsers may call the ' +
        'public API with the publishable keys of the account. `slug` names the hosted booking ' +
        'page, `/book/<slug>`; the old address stops working when it changes.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { body: { content: { 'application/json': { schema: AccountUpdateSchema } } } },
      responses: {
        200: { description: 'The changed account', content: accountContent },
        400: problemContent('Invalid body'),
        401: problemContent('Missing or invalid secret key'),
        409: problemContent('Another account has this slug (slug_taken)'),
      },
    }),
    async (c) => {
      const { branding, ...fields } = c.req.valid('json');
      const { account, db } = c.var;
      if (Object.keys(fields).length === 0 && !branding) return c.json(toWireAccount(account), 200);

      // SQLite's json_patch is RFC 7396 merge patch: a null removes a field, others replace,
      // and the merge happens in the statement, so concurrent edits of two fields both stick.
      const [updated] = await db
        .update(accounts)
        .set({
          ...fields,
          ...(branding && {
            branding: sql`json_patch(${accounts.branding}, ${JSON.stringify(branding)})`,
          }),
        })
        .where(eq(accounts.id, account.id))
        .returning()
        .catch((error: unknown) => {
          if (!isSlugClash(error)) throw error;
          throw new ApiProblem(409, ProblemCode.slugTaken, `The slug ${fields.slug} is taken.`);
        });
      return c.json(toWireAccount(updated!), 200);
    },
  );
