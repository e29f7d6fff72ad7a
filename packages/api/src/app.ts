import { OpenAPIHono } from '@hono/zod-openapi';
import { except } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';

import type { Context } from 'hono';

import type { AppEnv } from './env.js';
import { newId } from './internal/ids.js';
import { bodySizeLimit } from './middleware/body-limit.js';
import { cors } from './middleware/cors.js';
import { d1Session } from './middleware/d1-session.js';
import { publicWriteLimit } from './middleware/rate-limit.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { ApiProblem, ProblemCode, problemResponse } from './problem.js';
import { accountAdminRoutes } from './routes/admin/account.js';
import { apiKeyAdminRoutes } from './routes/admin/api-keys.js';
import { bookingExportAdminRoutes } from './routes/admin/bookings-export.js';
import { bookingSlotAdminRoutes } from './routes/admin/booking-slots.js';
import { bookingAdminRoutes } from './routes/admin/bookings.js';
import { calendarFeedAdminRoutes } from './routes/admin/calendar-feeds.js';
import { dateOverrideAdminRoutes } from './routes/admin/date-overrides.js';
import { insightsAdminRoutes } from './routes/admin/insights.js';
import { serviceAdminRoutes } from './routes/admin/services.js';
import { staffAdminRoutes } from './routes/admin/staff.js';
import { staffServicesAdminRoutes } from './routes/admin/staff-services.js';
import { timeOffAdminRoutes } from './routes/admin/time-off.js';
import { usageAdminRoutes } from './routes/admin/usage.js';
import { userAdminRoutes } from './routes/admin/users.js';
import { webhookDeliveryAdminRoutes } from './routes/admin/webhooks-deliveries.js';
import { webhookEndpointAdminRoutes } from './routes/admin/webhooks.js';
import { workingHoursAdminRoutes } from './routes/admin/working-hours.js';
import { bookRoutes } from './routes/book.js';
import { consoleAuthRoutes } from './routes/console-auth.js';
import { consolePageRoutes } from './routes/console-page.js';
import { bookingRoutes } from './routes/bookings.js';
import { bootstrapRoutes } from './routes/bootstrap.js';
import { devMailRoutes } from './routes/dev-mail.js';
import { feedRoutes } from './routes/feeds.js';
import { healthRoutes } from './routes/health.js';
import { holdRoutes } from './routes/holds.js';
import { manageRoutes } from './routes/manage.js';
import { operatorRoutes } from './routes/operator.js';
import { slotRoutes } from './routes/slots.js';

/** Turns a failed request validation into an `invalid_request` problem listing each field. */
const validationHook: ConstructorParameters<typeof OpenAPIHono<AppEnv>>[0] = {
  defaultHook: (result) => {
    if (result.success) return;
    throw new ApiProblem(400, ProblemCode.invalidRequest, 'Some fields are not valid.', {
      errors: result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    });
  },
};

/** The v1 API: public booking calls under `/v1`, with the OpenAPI document beside them. */
export const api = new OpenAPIHono<AppEnv>(validationHook);

api.use(requestId, requestLog, d1Session);
// Browsers on other sites may reach the public routes only; `except` sees the full path.
const privatePaths = ['/v1/admin/*', '/v1/operator/*', '/v1/console/*'];
api.use(except(privatePaths, cors));
api.use(bodySizeLimit);
api.use(except(privatePaths, publicWriteLimit));

api.route('/', healthRoutes);
api.route('/', bootstrapRoutes);
api.route('/', slotRoutes);
api.route('/', bookingRoutes);
api.route('/admin', apiKeyAdminRoutes);
api.route('/admin', accountAdminRoutes);
api.route('/operator', operatorRoutes);
api.route('/console', consoleAuthRoutes);
api.route('/admin', serviceAdminRoutes);
api.route('/admin', staffAdminRoutes);
api.route('/admin', staffServicesAdminRoutes);
api.route('/admin', workingHoursAdminRoutes);
api.route('/admin', dateOverrideAdminRoutes);
api.route('/admin', timeOffAdminRoutes);
// Before the booking routes, whose /bookings/{bookingId} would take export.csv as an id.
api.route('/admin', bookingExportAdminRoutes);
api.route('/admin', bookingAdminRoutes);
api.route('/admin', bookingSlotAdminRoutes);
api.route('/admin', calendarFeedAdminRoutes);
api.route('/admin', insightsAdminRoutes);
api.route('/admin', webhookEndpointAdminRoutes);
api.route('/admin', webhookDeliveryAdminRoutes);
api.route('/admin', userAdminRoutes);
api.route('/admin', usageAdminRoutes);
api.route('/', holdRoutes);
api.route('/', manageRoutes);
api.route('/', feedRoutes);

api.openAPIRegistry.registerComponent('securitySchemes', 'publishableKey', {
  type: 'http',
  scheme: 'bearer',
  description: 'A publishable key, pk_…',
});
api.openAPIRegistry.registerComponent('securitySchemes', 'operatorSecret', {
  type: 'http',
  scheme: 'bearer',
  description: "The deployment's OPERATOR_SECRET; without it the operator routes answer 404",
});
api.openAPIRegistry.registerComponent('securitySchemes', 'manageToken', {
  type: 'apiKey',
  in: 'header',
  name: 'Bookafy-Manage-Token',
  description: 'The manage token returned when the booking was made, mt_…',
});
api.openAPIRegistry.registerComponent('securitySchemes', 'publishableKeyQuery', {
  type: 'apiKey',
  in: 'query',
  name: 'key',
  description: 'A publishable key, pk_…, as a query parameter (no CORS preflight)',
});
api.openAPIRegistry.registerComponent('securitySchemes', 'accountSlugQuery', {
  type: 'apiKey',
  in: 'query',
  name: 'account',
  description:
    "The account's slug instead of a key, accepted only from the API's own origin (no Origin " +
    'header, or the same origin), as the hosted booking page /book/<slug> sends it; ' +
    'from other origins the answer is 401 same_origin_only',
});
api.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
  type: 'apiKey',
  in: 'cookie',
  name: 'bookafy_session',
  description:
    'The console session, set by POST /v1/console/sign-in or /sign-up; admin calls accept an ' +
    "owner's in place of a secret key when sent from this site (cross_site otherwise), " +
    "a staff user's only where a route says so (owner_only otherwise)",
});
api.openAPIRegistry.registerComponent('securitySchemes', 'secretKey', {
  type: 'http',
  scheme: 'bearer',
  description: 'A secret key, sk_…, for admin calls; never sent from a browser',
});
api.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: { title: 'Bookafy API', version: '1.0.0' },
  servers: [{ url: '/v1' }],
});

const notFound = (c: Context<AppEnv>) =>
  problemResponse(
    new ApiProblem(
      404,
      ProblemCode.notFound,
      `No route ${c.req.method} ${new URL(c.req.url).pathname}.`,
    ),
    c.get('requestId') ?? newId('req'),
  );

api.onError((error, c) => {
  const id = c.get('requestId');
  if (error instanceof ApiProblem) return problemResponse(error, id);
  // A response prepared in full by a handler, such as an idempotent replay.
  if (error instanceof HTTPException && error.res) {
    const response = error.getResponse();
    response.headers.set('X-Request-Id', id);
    return response;
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own refusals, such as a body that is not JSON.
    return problemResponse(
      new ApiProblem(error.status, ProblemCode.invalidRequest, error.message),
      id,
    );
  }
  console.error(
    JSON.stringify({
      requestId: id,
      level: 'error',
      message: String(error),
      cause: String(error.cause ?? ''),
    }),
  );
  return problemResponse(new ApiProblem(500, ProblemCode.internalError), id);
});

/**
 * The Worker's Hono app: `/v1/*` is the API, `/book/*` the hosted booking pages, `/console/*`
 * the owner console; every other path is a static asset.
 */
export const app = new OpenAPIHono<AppEnv>();
app.route('/v1', api);
app.route('/book', bookRoutes);
app.route('/console', consolePageRoutes);
app.route('/dev', devMailRoutes);
app.notFound(notFound);
