import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../test/fixtures.js';
import { MAX_BODY_BYTES } from './body-limit.js';

/** A JSON body of about `bytes` bytes. */
const bodyOf = (bytes: number) => JSON.stringify({ padding: 'x'.repeat(bytes - 14) });

describe('bodySizeLimit', () => {
  it('refuses a body over the limit with 413 payload_too_large', async () => {
    const { publishableKey } = await createAdminAccount();

    const response = await request(`/bookings?key=${publishableKey}`, {
      method: 'POST',
      headers: { 'CF-Connecting-IP': '203.0.113.20' },
      body: bodyOf(MAX_BODY_BYTES + 1024),
    });

    expect(response.status).toBe(413);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses a streamed body without a length once it passes the limit', async () => {
    const { secretKey } = await createAdminAccount();
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });

    const response = await request('/admin/account', {
      method: 'PATCH',
      key: secretKey,
      headers: { 'Content-Type': 'application/json' },
      body,
    });

    expect(response.status).toBe(413);
  });

  it('lets a body under the limit through to the route', async () => {
    const { secretKey } = await createAdminAccount();

    const response = await request('/admin/account', {
      method: 'PATCH',
      key: secretKey,
      body: bodyOf(MAX_BODY_BYTES - 1024),
    });

    // The route itself refuses the unknown field, so the body reached it.
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'invalid_request' });
  });
});
