import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { call } from '../../internal/console-api.js';
import { bookDemoSlot } from '../../test-support/demo-booking.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import { buttonNamed, focused, tabTo } from './embed.test-support.js';
import type { BookafyConsoleWebhookEndpoints } from './webhook-endpoints.js';

interface ListedEndpoint {
  id: string;
  url: string;
  enabled: boolean;
}

/** Nothing listens on the discard port here, so every delivery attempt fails to connect. */
const unreachable = (name: string) => `http://127.0.0.1:9/${name}-${Date.now()}`;

const listedEndpoints = async () =>
  (await call<{ data: ListedEndpoint[] }>('GET', '/admin/webhook-endpoints')).data;

async function open() {
  const element = await fixture<BookafyConsoleWebhookEndpoints>(
    html`<bookafy-console-webhook-endpoints></bookafy-console-webhook-endpoints>`,
  );
  await waitUntil(() => !element.shadowRoot!.textContent!.includes('Loading…'));
  return element;
}

function parts(element: BookafyConsoleWebhookEndpoints) {
  const root = element.shadowRoot!;
  const form = root.querySelector('bookafy-console-webhook-form')!.shadowRoot!;
  return {
    root,
    form,
    url: form.querySelector<HTMLInputElement>('#url')!,
    status: root.querySelector('[role="status"]')!,
    endpoint: (url: string) =>
      [...root.querySelectorAll<HTMLElement>('li.endpoint')].find(
        (item) => item.querySelector('h4')!.textContent === url,
      ),
    secret: () =>
      root.querySelector('bookafy-console-secret-reveal')?.shadowRoot!.querySelector('input')!
        .value,
  };
}

async function confirm(element: BookafyConsoleWebhookEndpoints, label: string) {
  const dialog = element
    .shadowRoot!.querySelector('bookafy-console-confirm-dialog')!
    .shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'no confirmation was asked');
  buttonNamed(dialog, label).click();
}

describe('<bookafy-console-webhook-endpoints>', () => {
  useRealWorker();
  before(() => setSession(true));
  after(async () => {
    for (const endpoint of await listedEndpoints()) {
      if (endpoint.url.startsWith('http://127.0.0.1:9/')) {
        await call('DELETE', `/admin/webhook-endpoints/${endpoint.id}`);
      }
    }
    await setSession(false);
  });

  it("adds an endpoint, logs the failed delivery of a booking's event, replays it, deletes it", async () => {
    const url = unreachable('log');
    const element = await open();
    const view = parts(element);
    await expect(element).to.be.accessible();

    view.url.value = url;
    buttonNamed(view.form, 'Add endpoint').click();
    await waitUntil(() => view.endpoint(url), 'the endpoint was not listed');
    expect(view.secret()).to.match(/^whsec_/);
    expect(view.endpoint(url)!.textContent).to.contain(
      'booking.created, booking.confirmed, booking.rescheduled, booking.cancelled',
    );
    await expect(element).to.be.accessible();

    await bookDemoSlot(7, 'Webhook Visitor');
    buttonNamed(view.endpoint(url)!, 'Deliveries').click();
    await element.updateComplete;
    const log = view.endpoint(url)!.querySelector('bookafy-console-webhook-deliveries')!;
    const cells = () => [...log.shadowRoot!.querySelectorAll('tbody tr td')];
    // The Worker tries the delivery right after the booking is written.
    await waitUntil(
      async () => {
        await log.load();
        return cells().length > 0 && cells()[3]!.textContent!.trim() === '1';
      },
      'no delivery attempt was logged',
      { timeout: 15_000, interval: 500 },
    );
    expect(cells()[1]!.textContent!.trim()).to.equal('booking.created');
    expect(cells()[2]!.textContent).to.contain('No answer');
    expect(cells()[4]!.textContent).to.contain('Failing; next try');
    await expect(log).to.be.accessible();

    buttonNamed(log.shadowRoot!, 'Replay').click();
    await waitUntil(
      async () => {
        await log.load();
        return cells()[3]!.textContent!.trim() === '2';
      },
      'the replay was not attempted',
      { timeout: 15_000, interval: 500 },
    );

    buttonNamed(view.endpoint(url)!, 'Delete').click();
    await confirm(element, 'Delete');
    await waitUntil(() => !view.endpoint(url), 'the endpoint stayed listed');
    expect((await listedEndpoints()).map((endpoint) => endpoint.url)).to.not.include(url);
  });

  it('disables, enables and rotates the secret of an endpoint by keyboard alone', async () => {
    const url = unreachable('keys');
    const element = await open();
    const view = parts(element);

    await tabTo(view.url);
    await sendKeys({ type: url });
    await sendKeys({ press: 'Tab' });
    // Only booking.created stays chosen: the other three boxes are unticked with Space.
    for (let box = 0; box < 3; box += 1) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
    }
    await tabTo(buttonNamed(view.form, 'Add endpoint'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view.endpoint(url), 'the endpoint was not added');
    expect(view.endpoint(url)!.querySelector('p')!.textContent).to.equal('booking.created');
    const firstSecret = view.secret();

    await tabTo(buttonNamed(view.endpoint(url)!, 'Disable'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view.status.textContent === `${url} is disabled.`);
    expect((await listedEndpoints()).find((endpoint) => endpoint.url === url)!.enabled).to.equal(
      false,
    );
    await tabTo(buttonNamed(view.endpoint(url)!, 'Enable'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view.status.textContent === `${url} is enabled.`);

    await tabTo(buttonNamed(view.endpoint(url)!, 'Rotate secret'));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(focused()!.textContent!.trim()).to.equal('Rotate secret');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view.secret() && view.secret() !== firstSecret, 'no new secret');
    expect(view.secret()).to.match(/^whsec_/);
  });

  it('refuses a plain http URL on another host and says why', async () => {
    const element = await open();
    const view = parts(element);
    view.url.value = 'http://example.com/hooks';
    buttonNamed(view.form, 'Add endpoint').click();
    const alert = view.form.querySelector('[role="alert"]')!;
    await waitUntil(() => alert.textContent !== '');
    expect(alert.textContent).to.equal(
      'Enter an https:// address (http:// only for 127.0.0.1 or localhost), without a user name or password.',
    );
    expect(focused()).to.equal(view.url);
  });
});
