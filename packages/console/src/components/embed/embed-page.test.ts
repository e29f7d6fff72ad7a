import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import { currentSession, type Me } from '../../internal/console-api.js';
import { realWorker, setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleEmbed } from './embed-page.js';
import { buttonNamed, focused, keyIds, revokeKeysExcept, tabTo } from './embed.test-support.js';

const MASSAGE = 'svc_demomassage000000000';
const LENA = 'stf_demolena000000000000';

function parts(page: BookafyConsoleEmbed) {
  const choices = page.shadowRoot!.querySelector('bookafy-console-embed-choices')!.shadowRoot!;
  const box = page.shadowRoot!.querySelector('bookafy-console-snippet-box')!.shadowRoot!;
  const preview = page.shadowRoot!.querySelector('bookafy-console-embed-preview')!.shadowRoot!;
  return {
    choices,
    box,
    preview,
    select: (id: string) => choices.querySelector<HTMLSelectElement>(`#${id}`)!,
    radio: (mode: string) => choices.querySelector<HTMLInputElement>(`input[value="${mode}"]`)!,
    snippet: () => box.querySelector('textarea')?.value ?? '',
    pin: () => choices.querySelector<HTMLInputElement>('#pinned'),
  };
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function openPage(me: Me): Promise<BookafyConsoleEmbed> {
  const page = await fixture<BookafyConsoleEmbed>(
    html`<bookafy-console-embed .me=${me}></bookafy-console-embed>`,
  );
  await waitUntil(() => parts(page).select('service').options.length === 3, 'no services');
  return page;
}

/** The text of the widget previewed inside `page`, through its shadow roots. */
function previewText(page: BookafyConsoleEmbed): string {
  const widget = parts(page).preview.querySelector('bookafy-widget');
  const text = (root: ShadowRoot | null | undefined): string =>
    [...(root?.querySelectorAll('*') ?? [])]
      .map((node) => (node.shadowRoot ? text(node.shadowRoot) : (node.textContent ?? '')))
      .join(' ');
  return text(widget?.shadowRoot);
}

describe('<bookafy-console-embed>', () => {
  useRealWorker();
  let me: Me;
  before(async () => {
    await setSession(true);
    me = (await currentSession())!;
  });
  after(() => setSession(false));

  it('prints a snippet with the key and each chosen attribute, changing with the choices', async () => {
    const { publishableKey } = await realWorker();
    const page = await openPage(me);
    const view = parts(page);
    // The choice to pin appears once the server's hash has been read.
    await waitUntil(() => view.pin(), 'no choice to pin the script');

    expect(view.snippet()).to.equal(
      `<bookafy-widget publishable-key="${publishableKey}">\n` +
        `  <a href="${location.origin}/book/harbour-wellness">Book an appointment</a>\n` +
        '</bookafy-widget>\n' +
        `<script src="${location.origin}/bookafy.js" defer></script>\n`,
    );
    expect(view.box.querySelector('a')!.href).to.equal(`${location.origin}/book/harbour-wellness`);
    await expect(page).to.be.accessible();

    choose(view.select('service'), MASSAGE);
    await waitUntil(() => view.snippet().includes(`service="${MASSAGE}"`));
    // The massage is given by Lena alone, so she is the only staff member to choose.
    const staffNames = [...view.select('staff').options].map((option) => option.text.trim());
    expect(staffNames).to.deep.equal(['Anyone', 'Lena Fischer']);
    choose(view.select('staff'), LENA);
    choose(view.select('theme'), 'dark');
    choose(view.select('locale'), 'de');
    await waitUntil(() => view.snippet().includes('locale="de"'));
    expect(view.snippet()).to.contain(
      `<bookafy-widget publishable-key="${publishableKey}" service="${MASSAGE}" ` +
        `staff="${LENA}" theme="dark" locale="de">`,
    );

    view.radio('link').click();
    await waitUntil(() => view.snippet().startsWith('<a '));
    expect(view.snippet()).to.contain(`data-bookafy-service="${MASSAGE}"`);
    expect(view.snippet()).to.contain(`data-publishable-key="${publishableKey}"`);
    expect(view.snippet()).to.contain('data-theme="dark"');
  });

  it('pins the script with its integrity hash only while the owner asks for it', async () => {
    const hashes = (await (await fetch('/integrity.json')).json()) as Record<string, string>;
    const page = await openPage(me);
    const view = parts(page);
    await waitUntil(() => view.pin(), 'no choice to pin the script');
    const pin = view.pin()!;
    const hint = view.choices.getElementById(pin.getAttribute('aria-describedby')!)!;
    expect(pin.checked).to.equal(false);
    expect(hint.textContent).to.contain('copy the snippet again after each Bookafy update');
    expect(view.snippet()).to.not.contain('integrity=');

    await tabTo(pin);
    await sendKeys({ press: 'Space' });

    await waitUntil(() => view.snippet().includes('integrity='), 'the script was not pinned');
    expect(view.snippet()).to.contain(
      `<script src="${location.origin}/bookafy.js" integrity="${hashes['bookafy.js']}" ` +
        'crossorigin="anonymous" defer></script>\n',
    );
    await expect(page).to.be.accessible();

    pin.click();
    await waitUntil(() => !view.snippet().includes('integrity='), 'the script stayed pinned');
    expect(view.snippet()).to.contain(`<script src="${location.origin}/bookafy.js" defer>`);
    expect(view.snippet()).to.not.contain('crossorigin=');
  });

  it('copies the snippet to the clipboard and says so', async () => {
    await executeServerCommand('bookafy-console-clipboard');
    const page = await openPage(me);
    const view = parts(page);
    const copy = buttonNamed(view.box, 'Copy');

    copy.focus();
    await sendKeys({ press: 'Enter' });

    const status = view.box.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'no confirmation');
    expect(status.textContent!.trim()).to.equal('Copied.');
    expect(await navigator.clipboard.readText()).to.equal(view.snippet());
    // The text stays selected, so a viewer can also copy it by hand.
    expect(focused()).to.equal(view.box.querySelector('textarea'));
  });

  it("previews the real widget with the demo's services, rebuilt when a choice changes", async () => {
    const page = await openPage(me);
    const view = parts(page);

    await waitUntil(
      () =>
        previewText(page).includes('Introductory call') &&
        previewText(page).includes('Sports massage'),
      "the widget did not show the demo's services",
      { timeout: 15_000 },
    );
    const first = view.preview.querySelector('bookafy-widget')!;
    expect(first.getAttribute('publishable-key')).to.equal(me.account.publishableKey);

    choose(view.select('theme'), 'dark');
    await waitUntil(() => view.preview.querySelector('bookafy-widget') !== first);
    expect(view.preview.querySelector('bookafy-widget')!.getAttribute('theme')).to.equal('dark');

    view.radio('button').click();
    await waitUntil(() => view.preview.querySelector('bookafy-button'), 'no button preview');
  });

  it('offers a publishable key when none is readable, and puts the new key in the snippet', async () => {
    const kept = await keyIds();
    try {
      const withoutKey = { ...me, account: { ...me.account, publishableKey: null } };
      const page = await openPage(withoutKey);
      const view = parts(page);
      expect(view.box.querySelector('textarea')).to.equal(null);
      // The preview names the account by its slug meanwhile.
      await waitUntil(() => previewText(page).includes('Introductory call'), 'no slug preview', {
        timeout: 15_000,
      });

      buttonNamed(view.box, 'Create a publishable key').click();

      await waitUntil(() => view.snippet() !== '', 'no snippet after creating a key');
      const key = /publishable-key="(pk_[^"]+)"/.exec(view.snippet())![1];
      expect(key).to.not.equal(me.account.publishableKey);
      expect((await currentSession())!.account.publishableKey).to.equal(key);
    } finally {
      await revokeKeysExcept(kept);
    }
  });

  it('takes every choice and the copy by keyboard alone', async () => {
    const page = await openPage(me);
    const view = parts(page);

    await tabTo(view.radio('inline'));
    await sendKeys({ press: 'ArrowRight' });
    expect(view.radio('button').checked).to.equal(true);
    await tabTo(view.select('service'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(view.select('theme'));
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(view.select('locale'));
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => view.snippet().includes('locale="en"'));
    expect(view.snippet()).to.match(
      new RegExp(`^<bookafy-button [^>]* service="${MASSAGE}" theme="dark" locale="en">`),
    );

    await tabTo(view.box.querySelector('textarea')!);
    await tabTo(buttonNamed(view.box, 'Copy'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => view.box.querySelector('[role="status"]')!.textContent!.trim() !== '');
  });
});
