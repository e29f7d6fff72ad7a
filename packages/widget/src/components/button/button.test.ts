import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';

import '../../define.js';
import type { BookafyErrorEvent } from '../../events/error.js';
import { animationsFinished } from '../../test-support/animations.js';
import { widgetAttributes } from '../modal/widget-attributes.js';
import { BookafyButton } from './button.js';

if (!customElements.get('bookafy-button')) customElements.define('bookafy-button', BookafyButton);

// Nothing listens on port 9 of loopback, so every request fails as if the network were down.
const UNREACHABLE = 'http://127.0.0.1:9/';

const triggerOf = (button: BookafyButton) =>
  button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
const dialogOf = (button: BookafyButton) => button.shadowRoot!.querySelector('dialog')!;
const closeOf = (button: BookafyButton) =>
  button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!;
const widgetOf = (button: BookafyButton) => dialogOf(button).querySelector('bookafy-widget');

function renderButton(locale = 'en') {
  return fixture<BookafyButton>(
    html`<bookafy-button
      publishable-key="pk_test"
      api-base=${UNREACHABLE}
      service="svc_massage"
      staff="stf_ana"
      locale=${locale}
      time-zone="Europe/Lisbon"
    ></bookafy-button>`,
  );
}

async function openWithKeyboard(button: BookafyButton) {
  triggerOf(button).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialogOf(button).open, 'the dialog did not open');
}

describe('bookafy-button', () => {
  it('opens a modal dialog holding a widget configured like the button', async () => {
    const button = await fixture<BookafyButton>(
      html`<bookafy-button
        publishable-key="pk_test"
        account="harbour-wellness"
        api-base=${UNREACHABLE}
        service="svc_massage"
        staff="stf_ana"
        locale="en-GB"
        time-zone="Europe/Lisbon"
        theme="dark"
        prefill-name="Ada Lovelace"
        prefill-email="ada@example.com"
        prefill-phone="+351 912 345 678"
        lock-prefill
        metadata='{"campaign":"spring"}'
        forward-utm
      ></bookafy-button>`,
    );
    expect(widgetOf(button)).to.equal(null);

    triggerOf(button).click();
    await button.updateComplete;

    const widget = widgetOf(button)!;
    expect(dialogOf(button).matches(':modal')).to.equal(true);
    expect(button.open).to.equal(true);
    expect(button.hasAttribute('open')).to.equal(true);
    expect(widget.publishableKey).to.equal('pk_test');
    expect(widget.apiBase).to.equal(UNREACHABLE);
    expect(widget.service).to.equal('svc_massage');
    expect(widget.staff).to.equal('stf_ana');
    expect(widget.locale).to.equal('en-GB');
    expect(widget.timeZone).to.equal('Europe/Lisbon');
    expect(widget.account).to.equal('harbour-wellness');
    expect(widget.theme).to.equal('dark');
    expect(widget.prefillName).to.equal('Ada Lovelace');
    expect(widget.prefillEmail).to.equal('ada@example.com');
    expect(widget.prefillPhone).to.equal('+351 912 345 678');
    expect(widget.lockPrefill).to.equal(true);
    expect(widget.metadata).to.deep.equal({ campaign: 'spring' });
    expect(widget.forwardUtm).to.equal(true);
    for (const name of widgetAttributes) {
      expect(widget.getAttribute(name), name).to.equal(button.getAttribute(name));
    }
  });

  it('announces that it opens a dialog, and names the dialog and its close button', async () => {
    const button = await renderButton();

    expect(triggerOf(button).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(triggerOf(button).textContent!.trim()).to.equal('Book now');
    expect(dialogOf(button).getAttribute('aria-label')).to.equal('Book an appointment');
    expect(closeOf(button).getAttribute('aria-label')).to.equal('Close');
    await openWithKeyboard(button);
    const { width, height } = closeOf(button).getBoundingClientRect();
    expect(Math.min(width, height)).to.be.at.least(24);
  });

  it('shows its slotted text as the label', async () => {
    const button = await fixture<BookafyButton>(
      html`<bookafy-button locale="en">Book a massage</bookafy-button>`,
    );

    const slot = triggerOf(button).querySelector('slot')!;
    const label = slot.assignedNodes().map((node) => node.textContent);
    expect(label).to.deep.equal(['Book a massage']);
  });

  it('speaks Spanish', async () => {
    const button = await renderButton('es');

    expect(triggerOf(button).textContent!.trim()).to.equal('Reservar ahora');
    expect(dialogOf(button).getAttribute('aria-label')).to.equal('Reservar una cita');
    expect(closeOf(button).getAttribute('aria-label')).to.equal('Cerrar');
  });

  it('closes with its close button and returns focus to the button', async () => {
    const button = await renderButton();
    await openWithKeyboard(button);

    closeOf(button).click();

    await waitUntil(() => button.shadowRoot!.activeElement === triggerOf(button));
    expect(dialogOf(button).open).to.equal(false);
    expect(button.hasAttribute('open')).to.equal(false);
  });

  it('closes on Escape and returns focus to the button', async () => {
    const button = await renderButton();
    await openWithKeyboard(button);

    await sendKeys({ press: 'Escape' });

    await waitUntil(() => !dialogOf(button).open, 'Escape did not close the dialog');
    await waitUntil(() => button.shadowRoot!.activeElement === triggerOf(button));
    expect(button.open).to.equal(false);
  });

  it('keeps the same widget when the visitor closes and reopens the dialog', async () => {
    const button = await renderButton();
    await openWithKeyboard(button);
    const first = widgetOf(button);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !button.open);
    await openWithKeyboard(button);

    expect(widgetOf(button)).to.equal(first);
  });

  it('opens and closes through its open attribute and its methods', async () => {
    const button = await renderButton();

    button.setAttribute('open', '');
    await button.updateComplete;
    expect(dialogOf(button).open).to.equal(true);

    button.close();
    await button.updateComplete;
    expect(dialogOf(button).open).to.equal(false);

    button.show();
    await button.updateComplete;
    expect(dialogOf(button).open).to.equal(true);
    button.removeAttribute('open');
    await button.updateComplete;
    expect(dialogOf(button).open).to.equal(false);
  });

  it('passes attribute changes on to the widget', async () => {
    const button = await renderButton();
    button.setAttribute('service', 'svc_facial');
    await openWithKeyboard(button);
    const widget = widgetOf(button)!;
    expect(widget.service).to.equal('svc_facial');

    button.setAttribute('locale', 'fr');
    button.removeAttribute('staff');
    await button.updateComplete;

    expect(widget.locale).to.equal('fr');
    expect(widget.hasAttribute('staff')).to.equal(false);
    expect(closeOf(button).getAttribute('aria-label')).to.equal('Fermer');
  });

  it('lets events from the widget bubble out of the button', async () => {
    const button = await renderButton();
    const errorEvent = new Promise<{ code: string; passedButton: boolean }>((resolve) =>
      document.addEventListener(
        'bookafy-error',
        (event) => {
          const { detail } = event as BookafyErrorEvent;
          resolve({ code: detail.code, passedButton: event.composedPath().includes(button) });
        },
        { once: true },
      ),
    );

    await openWithKeyboard(button);

    expect(await errorEvent).to.deep.equal({ code: 'network_error', passedButton: true });
  });

  it('fits a small viewport and scrolls inside the dialog', async () => {
    await setViewport({ width: 320, height: 240 });
    try {
      const button = await renderButton();
      await openWithKeyboard(button);

      const dialog = dialogOf(button);
      const box = dialog.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(240);
      expect(dialog.scrollHeight).to.be.greaterThan(dialog.clientHeight);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('passes an axe accessibility check when closed', async () => {
    const button = await renderButton();

    await expect(button).to.be.accessible();
  });

  it('passes an axe accessibility check when open', async () => {
    const button = await renderButton();
    const errorEvent = oneEvent(button, 'bookafy-error');
    await openWithKeyboard(button);
    await errorEvent;
    await widgetOf(button)!.updateComplete;
    await animationsFinished();

    await expect(button).to.be.accessible();
  });
});
