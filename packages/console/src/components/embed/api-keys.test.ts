import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { call } from '../../internal/console-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleApiKeys } from './api-keys.js';
import { buttonNamed, focused, keyIds, revokeKeysExcept, tabTo } from './embed.test-support.js';

interface ListedKey {
  id: string;
  kind: string;
  prefix: string;
  revokedAt: string | null;
}

const listedKeys = async () => (await call<{ data: ListedKey[] }>('GET', '/admin/api-keys')).data;

/** The secret shown once inside `element`, or `undefined` when none shows. */
function revealed(element: BookafyConsoleApiKeys) {
  const reveal = element.shadowRoot!.querySelector('bookafy-console-secret-reveal');
  const root = reveal?.shadowRoot;
  return root ? { root, value: root.querySelector('input')!.value } : undefined;
}

const rowOf = (element: BookafyConsoleApiKeys, id: string) =>
  element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-key-id="${id}"]`);

async function open() {
  const element = await fixture<BookafyConsoleApiKeys>(
    html`<bookafy-console-api-keys time-zone="Asia/Tokyo"></bookafy-console-api-keys>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('tbody tr'), 'no keys listed');
  return element;
}

async function confirmDialog(element: BookafyConsoleApiKeys) {
  const dialog = element
    .shadowRoot!.querySelector('bookafy-console-confirm-dialog')!
    .shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'no confirmation was asked');
  return dialog;
}

describe('<bookafy-console-api-keys>', () => {
  useRealWorker();
  let kept: string[];
  before(async function () {
    this.timeout(30_000);
    await setSession(true);
    kept = await keyIds();
  });
  after(async function () {
    this.timeout(30_000);
    await revokeKeysExcept(kept);
    await setSession(false);
  });

  it('creates a secret key, shown once with a warning, then lists it by its prefix', async () => {
    await executeServerCommand('bookafy-console-clipboard');
    const element = await open();
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!;
    select.value = 'secret';
    buttonNamed(element.shadowRoot!, 'Create key').click();

    await waitUntil(() => revealed(element), 'the new key was not shown');
    const shown = revealed(element)!;
    expect(shown.value).to.match(/^sk_/);
    expect(shown.root.textContent).to.contain('it is shown only this once');
    expect(focused()).to.equal(shown.root.querySelector('input'));
    const created = (await listedKeys()).find((key) => shown.value.startsWith(key.prefix))!;
    expect(created.kind).to.equal('secret');
    await waitUntil(() => rowOf(element, created.id), 'the new key is not listed');
    expect(rowOf(element, created.id)!.textContent).to.contain(`${created.prefix}…`);
    expect(rowOf(element, created.id)!.textContent).to.not.contain(shown.value);
    await expect(element).to.be.accessible();

    buttonNamed(shown.root, 'Copy').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shown.root.querySelector('[role="status"]')!.textContent !== '');
    expect(await navigator.clipboard.readText()).to.equal(shown.value);

    buttonNamed(shown.root, 'Done').click();
    await waitUntil(() => !revealed(element), 'the key stayed on screen');
  });

  it('rotates a key after confirmation, showing the new one and revoking the old', async () => {
    const old = await call<{ id: string; key: string }>('POST', '/admin/api-keys', {
      kind: 'secret',
    });
    const element = await open();
    const rotate = rowOf(element, old.id)!.querySelector<HTMLButtonElement>('button')!;
    expect(rotate.textContent!.trim()).to.equal('Rotate');

    rotate.click();
    const dialog = await confirmDialog(element);
    await expect(element).to.be.accessible();
    buttonNamed(dialog, 'Rotate').click();

    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => revealed(element) || alert.textContent, 'the new key was not shown');
    expect(alert.textContent).to.equal('');
    expect(revealed(element)!.value).to.match(/^sk_/).and.not.equal(old.key);
    const keys = await listedKeys();
    expect(keys.find((key) => key.id === old.id)!.revokedAt).to.not.equal(null);
    await waitUntil(() => rowOf(element, old.id)!.textContent!.includes('Revoked'));
  });

  it('revokes a key by keyboard after confirming, and keeps it when the owner cancels', async () => {
    const made = await call<{ id: string; prefix: string }>('POST', '/admin/api-keys', {
      kind: 'secret',
    });
    const element = await open();
    const revoke = rowOf(element, made.id)!.querySelector<HTMLButtonElement>('button.danger')!;

    await tabTo(revoke);
    await sendKeys({ press: 'Enter' });
    let dialog = await confirmDialog(element);
    expect(dialog.textContent).to.contain(`Revoke ${made.prefix}…?`);
    expect(focused()!.textContent!.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(focused()).to.equal(revoke);
    expect((await listedKeys()).find((key) => key.id === made.id)!.revokedAt).to.equal(null);

    await sendKeys({ press: 'Enter' });
    dialog = await confirmDialog(element);
    await sendKeys({ press: 'Tab' });
    expect(focused()!.textContent!.trim()).to.equal('Revoke');
    await sendKeys({ press: 'Enter' });

    const status = element.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === `${made.prefix}… is revoked.`, 'no confirmation');
    expect((await listedKeys()).find((key) => key.id === made.id)!.revokedAt).to.not.equal(null);
    expect(rowOf(element, made.id)!.querySelector('button')).to.equal(null);
    expect(focused()).to.equal(element.shadowRoot!.querySelector('h3'));
  });
});
