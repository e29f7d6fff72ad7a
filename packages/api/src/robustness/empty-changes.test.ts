import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../test/fixtures.js';

describe('PATCH with an empty body', () => {
  it('answers an empty change to a webhook endpoint without a server error', async () => {
    const { secretKey } = await createAdminAccount();
    const created = await request('/admin/webhook-endpoints', {
      method: 'POST',
      key: secretKey,
      body: JSON.stringify({
        url: `${inject('webhookReceiverUrl')}/hooks/empty-change`,
        events: ['booking.created'],
      }),
    });
    const endpoint = await created.json<{ id: string }>();

    const response = await request(`/admin/webhook-endpoints/${endpoint.id}`, {
      method: 'PATCH',
      key: secretKey,
      body: '{}',
    });

    expect(response.status).toBeLessThan(500);
  });
});
