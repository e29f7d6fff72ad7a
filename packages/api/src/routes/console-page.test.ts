import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const get = (path: string) =>
  exports.default.fetch(new Request(`http://127.0.0.1${path}`, { redirect: 'manual' }));

describe('/console', () => {
  it('moves /console to /console/, where the page lives', async () => {
    const response = await get('/console');

    expect(response.status).toBe(308);
    expect(response.headers.get('Location')).toBe('/console/');
  });

  it('serves the console with a policy that runs only its own scripts and styles', async () => {
    const response = await get('/console/');

    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
      ]),
    );
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
