import { expect } from '@open-wc/testing';

import { useRealWorker } from '../test-support/real-worker.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { isDeliverableUrl } from './webhook-url.js';

describe('WEBHOOK_EVENT_TYPES', () => {
  useRealWorker();

  it("lists exactly the event types of the API's OpenAPI document", async () => {
    const document = (await (await fetch('/v1/openapi.json')).json()) as {
      components: {
        schemas: Record<string, { properties: { events: { items: { enum: string[] } } } }>;
      };
    };
    const input = document.components.schemas['WebhookEndpointInput']!;
    expect([...WEBHOOK_EVENT_TYPES]).to.deep.equal(input.properties.events.items.enum);
  });
});

describe('isDeliverableUrl', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(isDeliverableUrl('https://example.com/hooks')).to.equal(true);
    expect(isDeliverableUrl('http://127.0.0.1:9/hook')).to.equal(true);
    expect(isDeliverableUrl('http://localhost/hook')).to.equal(true);
    expect(isDeliverableUrl('http://example.com/hooks')).to.equal(false);
    expect(isDeliverableUrl('https://user:pw@example.com/')).to.equal(false);
    expect(isDeliverableUrl('example.com/hooks')).to.equal(false);
  });
});
