import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';

import type { Context } from 'hono';

import type { AppEnv } from './env.js';
import { newId } from './internal/ids.js';
import { d1Session } from './middleware/d1-session.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { ApiProblem, ProblemCode, problemResponse } from './problem.js';
import { bookingRoutes } from './routes/bookings.js';
import { bootstrapRoutes } from './routes/bootstrap.js';
import { healthRoutes } from './routes/health.js';
import { holdRoutes } from './routes/holds.js';
import { manageRoutes } from './routes/manage.js';
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

api.route('/', healthRoutes);
api.route('/', bootstrapRoutes);
api.route('/', slotRoutes);
api.route('/', bookingRoutes);
api.route('/', holdRoutes);
api.route('/', manageRoutes);

api.openAPIRegistry.registerComponent('securitySchemes', 'publishableKey', {
  type: 'http',
  scheme: 'bearer',
  description: 'A publishable key, pk_…',
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

/** The Worker's Hono app: `/v1/*` is the API; every other path is a static asset. */
export const app = new OpenAPIHono<AppEnv>();
app.route('/v1', api);
app.notFound(notFound);
