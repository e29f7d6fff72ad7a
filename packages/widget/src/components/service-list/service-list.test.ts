import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../define.js';
import type { PublicService } from '@bookafy/sdk';
import type { BookafyServiceList } from './service-list.js';

const service = { alternativeDurationsMinutes: [], capacity: 1, horizonDays: 60 };
const services: PublicService[] = [
  {
    ...service,
    id: 'svc_a',
    name: 'Call',
    description: '',
    durationMinutes: 30,
    staffIds: ['stf_a'],
  },
  {
    ...service,
    id: 'svc_b',
    name: 'Massage',
    description: 'A full hour.',
    durationMinutes: 60,
    staffIds: [],
  },
];

describe('bookafy-service-list', () => {
  it('lists each service with its length and description', async () => {
    const list = await fixture<BookafyServiceList>(
      html`<bookafy-service-list .services=${services}></bookafy-service-list>`,
    );

    const buttons = [...list.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Call 30 minutes',
      'Massage 60 minutes A full hour.',
    ]);
  });

  it('fires bookafy-service-select with the chosen service', async () => {
    const list = await fixture<BookafyServiceList>(
      html`<bookafy-service-list .services=${services}></bookafy-service-list>`,
    );

    setTimeout(() => list.shadowRoot!.querySelectorAll('button')[1]!.click());
    const event = await oneEvent(list, 'bookafy-service-select');

    expect(event.detail).to.deep.equal({ serviceId: 'svc_b' });
  });

  it('passes an axe accessibility check', async () => {
    const list = await fixture<BookafyServiceList>(
      html`<bookafy-service-list .services=${services}></bookafy-service-list>`,
    );

    await expect(list).to.be.accessible();
  });
});
