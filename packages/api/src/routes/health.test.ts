import { describe, expect, it } from 'vitest';

import { request } from '../../test/fixtures.js';

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
});
