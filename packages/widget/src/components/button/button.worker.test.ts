import { expect, fixture, html } from '@open-wc/testing';

import '../../define.js';
import type { BookafyReadyEvent } from '../../events/ready.js';
import { realWorker, useRealWorker } from '../../test-support/real-worker.js';
import { BookafyButton } from './button.js';

if (!customElements.get('bookafy-button')) customElements.define('bookafy-button', BookafyButton);

describe('bookafy-button against the local Worker', () => {
  useRealWorker();

  it("lets the widget's bookafy-ready event bubble out of the button", async () => {
    const { baseUrl, publishableKey } = await realWorker();
    const button = await fixture<BookafyButton>(
      html`<bookafy-button publishable-key=${publishableKey} api-base=${baseUrl}></bookafy-button>`,
    );
    const ready = new Promise<{ account: string; target: EventTarget | null }>((resolve) =>
      document.addEventListener(
        'bookafy-ready',
        (event) => {
          const { detail } = event as BookafyReadyEvent;
          resolve({ account: detail.account.name, target: event.target });
        },
        { once: true },
      ),
    );

    button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();

    expect(await ready).to.deep.equal({ account: 'Harbour Wellness', target: button });
  });
});
