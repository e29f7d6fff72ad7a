import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../define.js';
import type { PublicService } from '@bookafy/sdk';
import type { BookafyServiceList } from './service-list.js';

const service = {
  alternativeDurationsMinutes: [],
  capacity: 1,
  horizonDays: 60,
  questions: [],
  timeZoneDisplay: 'visitor' as const,
};
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

  it('writes the lengths and the list name in the locale', async () => {
    const list = await fixture<BookafyServiceList>(
      html`<bookafy-service-list locale="de" .services=${services}></bookafy-service-list>`,
    );
    const durations = [...list.shadowRoot!.querySelectorAll('[part="service-duration"]')];

    expect(durations.map((duration) => duration.textContent!.trim())).to.deep.equal([
      '30 Minuten',
      '60 Minuten',
    ]);
    expect(list.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Leistungen');
  });

  it('reads right to left in Arabic and passes an axe check in the dark theme', async () => {
    const list = await fixture<BookafyServiceList>(
      html`<bookafy-service-list
        dir="rtl"
        locale="ar"
        theme="dark"
        .services=${services}
      ></bookafy-service-list>`,
    );
    const name = list.shadowRoot!.querySelector('[part="service-name"]')!;
    const button = name.closest('button')!;

    expect(getComputedStyle(button).textAlign).to.equal('start');
    expect(name.getBoundingClientRect().right).to.be.closeTo(
      button.getBoundingClientRect().right - 13,
      1,
    );
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(21, 24, 31)');
    await expect(list).to.be.accessible();
  });

  it('passes an axe accessibility check', async () => {
    const list = await fixture<BookafyServiceList>(
      html`<bookafy-service-list .services=${services}></bookafy-service-list>`,
    );

    await expect(list).to.be.accessible();
  });
});
