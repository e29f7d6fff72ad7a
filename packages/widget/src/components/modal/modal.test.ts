import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../define.js';
import { animationsFinished } from '../../test-support/animations.js';
import { BookafyModal } from './modal.js';

if (!customElements.get('bookafy-modal')) customElements.define('bookafy-modal', BookafyModal);

// Nothing listens on port 9 of loopback, so every request fails as if the network were down.
const UNREACHABLE = 'http://127.0.0.1:9/';

async function renderModal(locale = 'en') {
  const page = await fixture<HTMLElement>(
    html`<div>
      <a href="#hosted-booking">Book a massage</a>
      <bookafy-modal publishable-key="pk_test" api-base=${UNREACHABLE} locale=${locale}>
      </bookafy-modal>
    </div>`,
  );
  return { link: page.querySelector('a')!, modal: page.querySelector('bookafy-modal')! };
}

const dialogOf = (modal: BookafyModal) => modal.shadowRoot!.querySelector('dialog')!;

describe('bookafy-modal', () => {
  it('renders nothing on the page until shown', async () => {
    const { modal } = await renderModal();

    expect(dialogOf(modal).open).to.equal(false);
    expect(modal.widget).to.equal(undefined);
  });

  it('opens with the widget and returns focus to the element it was shown from', async () => {
    const { link, modal } = await renderModal();
    link.focus();

    modal.show(link);
    await modal.updateComplete;
    expect(dialogOf(modal).matches(':modal')).to.equal(true);
    expect(modal.widget?.publishableKey).to.equal('pk_test');
    await sendKeys({ press: 'Escape' });

    await waitUntil(() => document.activeElement === link, 'focus did not return to the link');
    expect(modal.open).to.equal(false);
  });

  it('lays the dialog out right to left in Arabic', async () => {
    const { modal } = await renderModal('ar');

    expect(dialogOf(modal).getAttribute('dir')).to.equal('rtl');
    expect(dialogOf(modal).getAttribute('aria-label')).to.equal('احجز موعدًا');
  });

  it('passes an axe accessibility check when open', async () => {
    const { link, modal } = await renderModal();
    const errorEvent = new Promise((resolve) =>
      modal.addEventListener('bookafy-error', resolve, { once: true }),
    );
    modal.show(link);
    await errorEvent;
    await modal.widget!.updateComplete;
    await animationsFinished();

    await expect(modal).to.be.accessible();
  });
});
