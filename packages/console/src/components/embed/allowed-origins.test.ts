import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { call } from '../../internal/console-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleAllowedOrigins } from './allowed-origins.js';
import { buttonNamed, focused, tabTo } from './embed.test-support.js';

const allowedNow = async () =>
  (await call<{ allowedOrigins: string[] }>('GET', '/admin/account')).allowedOrigins;

function parts(element: BookafyConsoleAllowedOrigins) {
  const root = element.shadowRoot!;
  return {
    root,
    input: root.querySelector<HTMLInputElement>('#origin')!,
    add: buttonNamed(root, 'Add'),
    alert: root.querySelector('[role="alert"]')!,
    status: root.querySelector('[role="status"]')!,
    listed: () => [...root.querySelectorAll('li code')].map((code) => code.textContent),
  };
}

async function open() {
  const element = await fixture<BookafyConsoleAllowedOrigins>(
    html`<bookafy-console-allowed-origins></bookafy-console-allowed-origins>`,
  );
  await waitUntil(() => !element.shadowRoot!.textContent!.includes('Loading…'));
  return element;
}

describe('<bookafy-console-allowed-origins>', () => {
  useRealWorker();
  let demoOrigins: string[];
  before(async () => {
    await setSession(true);
    demoOrigins = await allowedNow();
  });
  after(async () => {
    await call('PATCH', '/admin/account', { allowedOrigins: demoOrigins });
    await setSession(false);
  });

  it('adds an origin in the form browsers send, and removes it, as the API then reports', async () => {
    const origin = `https://embed-${Date.now()}.example`;
    const element = await open();
    const view = parts(element);
    await expect(element).to.be.accessible();

    view.input.value = `${origin.toUpperCase().replace('HTTPS', 'https')}:443/`;
    view.add.click();

    await waitUntil(() => view.listed().includes(origin), 'the origin was not listed');
    expect(view.status.textContent).to.equal(`${origin} is allowed.`);
    expect(view.input.value).to.equal('');
    expect(await allowedNow()).to.include(origin);
    await expect(element).to.be.accessible();

    const remove = element.shadowRoot!.querySelector<HTMLButtonElement>(
      `button[aria-label="Remove ${origin}"]`,
    )!;
    remove.click();

    await waitUntil(() => !view.listed().includes(origin), 'the origin stayed listed');
    expect(view.status.textContent).to.equal(`${origin} is no longer allowed.`);
    expect(await allowedNow()).to.not.include(origin);
  });

  it('refuses a value with a path or without a scheme and says why, sending nothing', async () => {
    const before = await allowedNow();
    const element = await open();
    const view = parts(element);

    view.input.value = 'https://shop.example/booking';
    view.add.click();
    await waitUntil(() => view.alert.textContent !== '');
    expect(view.alert.textContent).to.equal(
      'An origin ends after the host and port: leave out the path, such as /booking, and anything after it.',
    );
    expect(view.input.getAttribute('aria-invalid')).to.equal('true');
    expect(focused()).to.equal(view.input);

    view.input.value = 'shop.example';
    view.add.click();
    await waitUntil(() => view.alert.textContent!.startsWith('Start with'));
    expect(view.alert.textContent).to.equal(
      'Start with https:// (or http:// for a site on your own computer).',
    );
    expect(await allowedNow()).to.deep.equal(before);
    await expect(element).to.be.accessible();
  });

  it('adds and removes an origin by keyboard alone', async () => {
    const origin = `https://keys-${Date.now()}.example`;
    const element = await open();
    const view = parts(element);

    await tabTo(view.input);
    await sendKeys({ type: origin });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view.listed().includes(origin), 'Enter did not add the origin');

    const remove = element.shadowRoot!.querySelector(`button[aria-label="Remove ${origin}"]`)!;
    await tabTo(remove);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !view.listed().includes(origin), 'Enter did not remove the origin');
    expect(focused()).to.equal(view.input);
  });
});
