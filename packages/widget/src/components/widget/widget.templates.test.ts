import type { Bootstrap } from '@bookafy/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';

import { MonthSlots } from '../../internal/month-slots.js';
import { widgetMessages } from './widget.messages.js';
import { renderWidget, type WidgetView } from './widget.templates.js';

/** The account a bootstrap answers with, on the plan given. */
function bootstrapOn(plan: 'free' | 'pro'): Bootstrap {
  return {
    account: {
      id: 'acc_1',
      slug: 'harbour-wellness',
      name: 'Harbour Wellness',
      timeZone: 'Europe/Berlin',
      plan,
      branding: {},
      features: { removeBranding: plan === 'pro' },
    },
    services: [],
    staff: [],
  };
}

/** The widget's content for an account without services, as a page would see it. */
async function shown(bootstrap: Bootstrap): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const view: WidgetView = {
    step: 'unavailable',
    text: widgetMessages.en,
    locale: 'en',
    dir: 'ltr',
    theme: undefined,
    baseUrl: 'https://book.example/',
    bootstrap,
    service: undefined,
    error: undefined,
    notice: undefined,
    alternatives: [],
    zone: 'Europe/Berlin',
    zoneLocked: false,
    slots: new MonthSlots({
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    }),
    today: '2027-03-01',
    lastMonth: undefined,
    selectedDate: undefined,
    selectedSlot: undefined,
    previousStep: undefined,
    booking: undefined,
    submitting: false,
    form: { values: undefined, prefill: {}, lockPrefill: false, askPhone: false },
    manage: { client: undefined },
    on: {
      serviceSelect() {},
      staffSelect() {},
      monthChange() {},
      dateSelect() {},
      slotSelect() {},
      zoneChange() {},
      detailsSubmit() {},
      back() {},
    },
  };
  render(renderWidget(view), host);
  return host;
}

describe('the widget frame', () => {
  it('shows the "Powered by Bookafy" line on the free plan', async () => {
    const host = await shown(bootstrapOn('free'));

    expect(host.querySelector('[part="powered-by"]')?.textContent).to.equal('Powered by Bookafy');
  });

  it('leaves the line out when the plan lets the business remove it', async () => {
    const host = await shown(bootstrapOn('pro'));

    expect(host.textContent).to.contain('no services to book');
    expect(host.querySelector('[part="powered-by"]')).to.equal(null);
  });
});
