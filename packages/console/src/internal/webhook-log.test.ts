import { expect } from '@open-wc/testing';

import type { WebhookDelivery } from './embed-api.js';
import { deliveryLogRow } from './webhook-log.js';

const failing: WebhookDelivery = {
  id: 'whd_1',
  endpointId: 'whe_1',
  eventId: 'msg_1',
  eventType: 'booking.created',
  status: 'pending',
  nextAttemptAt: '2027-03-28T01:30:00Z',
  deliveredAt: null,
  createdAt: '2027-03-28T00:30:00Z',
  attempts: [
    {
      attemptedAt: '2027-03-28T00:30:00Z',
      statusCode: null,
      detail: 'Network connection lost.',
      durationMs: 3,
    },
  ],
};

describe('deliveryLogRow', () => {
  it("shows a failing delivery's times in the viewer's zone, across a DST change", () => {
    const row = deliveryLogRow(failing, 'Europe/Berlin', 'en-GB');
    // Berlin moved from +01:00 to +02:00 at 01:00 UTC on 2027-03-28.
    expect(row.time).to.equal('28 Mar 2027, 01:30:00');
    expect(row.nextAttempt).to.equal('28 Mar 2027, 03:30:00');
    expect(row).to.include({
      outcome: 'retrying',
      statusCode: null,
      attempts: 1,
      detail: 'Network connection lost.',
    });
  });

  it('reports a delivered event with its last status code and no next try', () => {
    const delivered: WebhookDelivery = {
      ...failing,
      status: 'delivered',
      nextAttemptAt: null,
      deliveredAt: '2027-03-28T00:31:00Z',
      attempts: [
        ...failing.attempts,
        { attemptedAt: '2027-03-28T00:31:00Z', statusCode: 204, detail: '', durationMs: 40 },
      ],
    };
    const row = deliveryLogRow(delivered, 'Asia/Tokyo', 'en-GB');
    expect(row.time).to.equal('28 Mar 2027, 09:30:00');
    expect(row).to.include({ outcome: 'delivered', statusCode: 204, attempts: 2 });
    expect(row.nextAttempt).to.equal(undefined);
  });

  it('tells a delivery not tried yet from one that failed for good', () => {
    const waiting = deliveryLogRow({ ...failing, attempts: [] }, 'UTC', 'en-GB');
    expect(waiting).to.include({ outcome: 'waiting', statusCode: null, attempts: 0, detail: '' });
    const failed = deliveryLogRow({ ...failing, status: 'failed' }, 'UTC', 'en-GB');
    expect(failed.outcome).to.equal('failed');
  });
});
