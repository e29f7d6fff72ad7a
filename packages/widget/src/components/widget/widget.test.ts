import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import '../../define.js';
import type { BookafyWidget } from './widget.js';

// Nothing listens on port 9 of loopback, so every request fails as if the network were down.
const UNREACHABLE = 'http://127.0.0.1:9/';

describe('bookafy-widget', () => {
  it('shows a loading state until the account answers', async () => {
    const widget = await fixture<BookafyWidget>(
      html`<bookafy-widget publishable-key="pk_test" api-base=${UNREACHABLE}></bookafy-widget>`,
    );

    expect(widget.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
  });

  it('reports an unreachable API with an alert, a retry and a bookafy-error event', async () => {
    const widget = document.createElement('bookafy-widget');
    widget.publishableKey = 'pk_test';
    widget.apiBase = UNREACHABLE;
    const errorEvent = oneEvent(widget, 'bookafy-error');
    await fixture(widget);

    const event = await errorEvent;
    expect(event.detail.code).to.equal('network_error');
    await waitUntil(() => widget.shadowRoot!.querySelector('[role="alert"]'));
    const alert = widget.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not reach the booking service');
    expect(alert.querySelector('button')!.textContent).to.equal('Try again');
  });

  it('passes an axe accessibility check in its error state', async () => {
    const widget = document.createElement('bookafy-widget');
    widget.publishableKey = 'pk_test';
    widget.apiBase = UNREACHABLE;
    const errorEvent = oneEvent(widget, 'bookafy-error');
    await fixture(widget);
    await errorEvent;
    await widget.updateComplete;

    await expect(widget).to.be.accessible();
  });
});
