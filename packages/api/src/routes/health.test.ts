import { describe, expect, it } from 'vitest';

import { request } from '../../test/fixtures.js';
import { app } from '../app.js';

describe('GET /v1/health', () => {
  it('answers ok once the database answers', async () => {
    const response = await request('/health');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers unknown routes with a not_found problem', async () => {
    const response = await request('/nothing-here');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('GET /v1/openapi.json', () => {
  it('describes every route the API serves', async () => {
    const response = await request('/openapi.json');
    const document = await response.json<{ openapi: string; paths: Record<string, unknown> }>();

    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/bookings', '/bootstrap', '/health', '/holds', '/slots']),
    );
  });

  it('describes every route the Worker answers under /v1, and nothing it does not', async () => {
    const document = await (
      await request('/openapi.json')
    ).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const described = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );

    const served = app.routes
      // The hosted booking pages under /book are HTML for people, not part of the API.
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/'))
      .filter((route) => route.path !== '/v1/openapi.json')
      .map(
        (route) => `${route.method} ${route.path.replace(/^\/v1/, '').replace(/:(\w+)/g, '{$1}')}`,
      );

    expect(served.length).toBeGreaterThan(30);
    expect([...new Set(served)].sort()).toEqual([...new Set(described)].sort());
  });
});
