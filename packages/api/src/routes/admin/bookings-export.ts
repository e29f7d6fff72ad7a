import { DAY_MS, parseUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { bookingsCsvStream } from '../../data/booking-export.js';
import type { AppEnv } from '../../env.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import { BookingExportQuerySchema } from '../../schemas/admin/bookings-export.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

/** The longest range one export covers; a longer one is split by the caller. */
const MAX_RANGE_MS = 366 * DAY_MS;

/**
 * `GET /v1/admin/bookings/export.csv`: the account's bookings over a range of starts as a CSV
 * file for spreadsheets, with times in UTC and in the account's zone.
 */
export const bookingExportAdminRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/bookings/export.csv',
    summary: 'Export bookings as CSV',
    description:
      'One record per booking starting in `[from, to)` (at most 366 days), by start: id, ' +
      'status, service, staff member, start and end in UTC and as wall-clock times in the ' +
      "account's zone (`2027-03-14 14:00`) with the zone's name, customer name, email and " +
      'phone, answers (`label: answer` joined by `; `) and creation time. RFC 4180 quoting; ' +
      "fields starting with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'` " +
      'so spreadsheets never run them as formulas. The file starts with a UTF-8 byte order ' +
      'mark.',
    tags: ['Admin: bookings'],
    security: adminSecurity,
    middleware: [secretKey] as const,
    request: { query: BookingExportQuerySchema },
    responses: {
      200: {
        description: 'The bookings as `text/csv`, sent as an attachment',
        content: { 'text/csv': { schema: { type: 'string' } } },
      },
      400: problemContent('A malformed or reversed range, or one longer than 366 days'),
      401: problemContent('Missing or invalid secret key'),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const from = parseUtcString(query.from)!;
    const to = parseUtcString(query.to)!;
    if (to <= from || to - from > MAX_RANGE_MS) {
      throw new ApiProblem(400, ProblemCode.invalidRequest, 'The range is not valid.', {
        errors: [
          { path: 'to', message: 'Expected an instant after from, at most 366 days later.' },
        ],
      });
    }

    const { account } = c.var;
    const { staffId, status } = query;
    const filter = { accountId: account.id, from, to, staffId, status };
    const stream = await bookingsCsvStream(c.var.db, filter, account.timeZone);
    const filename = `bookings-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv`;
    return c.body(stream, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  },
);
