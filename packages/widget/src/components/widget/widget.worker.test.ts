import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import '../../define.js';
import { realWorker, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyWidget } from './widget.js';

describe('bookafy-widget against the local Worker', () => {
  useRealWorker();

  it('loads the demo business and lists its services', async () => {
    const { baseUrl, publishableKey } = await realWorker();
    const widget = document.createElement('bookafy-widget') as BookafyWidget;
    widget.publishableKey = publishableKey;
    widget.apiBase = baseUrl;
    const ready = oneEvent(widget, 'bookafy-ready');
    await fixture(html`<div>${widget}</div>`);

    expect((await ready).detail.account.name).to.equal('Harbour Wellness');
    await waitUntil(() => widget.shadowRoot!.querySelectorAll('bookafy-service-list').length);
    const list = widget.shadowRoot!.querySelector('bookafy-service-list')!;
    await list.updateComplete;
    const names = [...list.shadowRoot!.querySelectorAll('[part~="service"]')].map((button) =>
      button.textContent!.trim(),
    );
    expect(names.join(' | ')).to.contain('Introductory call');
  });
});
