import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';

import '../define.js';
import { BookafyModal } from '../components/modal/modal.js';
import { installClickToOpen } from './click-to-open.js';

if (!customElements.get('bookafy-modal')) customElements.define('bookafy-modal', BookafyModal);

// Nothing listens on port 9 of loopback, so every request fails as if the network were down.
const UNREACHABLE = 'http://127.0.0.1:9/';

const pageSettings = {
  publishableKey: 'pk_page',
  locale: 'en',
  theme: 'light',
  apiBase: UNREACHABLE,
};

const openModal = () => document.querySelector<BookafyModal>('bookafy-modal[open]');

async function clickCentreOf(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/** Whether the page's own default action (following the link) was cancelled for each click. */
function watchClicks() {
  const cancelled: boolean[] = [];
  const record = (event: Event) => {
    cancelled.push(event.defaultPrevented);
    // Keep the test page itself from following a link the dialog did not take over.
    event.preventDefault();
  };
  window.addEventListener('click', record);
  return { cancelled, stop: () => window.removeEventListener('click', record) };
}

describe('installClickToOpen', () => {
  before(() => installClickToOpen(document, pageSettings));

  afterEach(() => openModal()?.close());

  it('opens the dialog on a click inside a booking link and stays on the page', async () => {
    const page = await fixture(
      html`<p>
        <a href="#hosted-booking" data-bookafy-service="svc_massage" data-bookafy-staff="stf_ana">
          <span>Book a massage</span>
        </a>
      </p>`,
    );
    const clicks = watchClicks();

    await clickCentreOf(page.querySelector('span')!);
    clicks.stop();

    await waitUntil(openModal, 'no dialog opened');
    const widget = openModal()!.widget!;
    expect(clicks.cancelled).to.deep.equal([true]);
    expect(location.hash).to.equal('');
    expect(openModal()!.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    expect(widget.service).to.equal('svc_massage');
    expect(widget.staff).to.equal('stf_ana');
    expect(widget.publishableKey).to.equal('pk_page');
    expect(widget.apiBase).to.equal(UNREACHABLE);
    expect(widget.locale).to.equal('en');
    expect(widget.getAttribute('theme')).to.equal('light');
  });

  it("prefers the link's own key, locale and theme over the page's", async () => {
    const page = await fixture(
      html`<a
        href="#hosted-booking"
        data-bookafy-service="svc_facial"
        data-bookafy-key="pk_link"
        data-bookafy-locale="es"
        data-bookafy-theme="dark"
        >Reservar</a
      >`,
    );

    (page as HTMLAnchorElement).click();

    await waitUntil(openModal, 'no dialog opened');
    const modal = openModal()!;
    expect(modal.widget!.publishableKey).to.equal('pk_link');
    expect(modal.widget!.locale).to.equal('es');
    expect(modal.widget!.getAttribute('theme')).to.equal('dark');
    expect(modal.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal(
      'Reservar una cita',
    );
  });

  it('opens from the keyboard and returns focus to the link on Escape', async () => {
    const link = await fixture<HTMLAnchorElement>(
      html`<a href="#hosted-booking" data-bookafy-service="svc_yoga">Book yoga</a>`,
    );
    link.focus();

    await sendKeys({ press: 'Enter' });
    await waitUntil(openModal, 'no dialog opened');
    expect(openModal()!.widget!.service).to.equal('svc_yoga');
    await sendKeys({ press: 'Escape' });

    await waitUntil(() => !openModal() && document.activeElement === link);
  });

  it('keeps progress for the same link and starts afresh for another service', async () => {
    const page = await fixture(
      html`<div>
        <button data-bookafy-service="svc_massage">Massage</button>
        <button data-bookafy-service="svc_facial">Facial</button>
      </div>`,
    );
    const [massage, facial] = page.querySelectorAll('button');

    massage!.click();
    await waitUntil(openModal);
    const first = openModal()!.widget;
    openModal()!.close();
    massage!.click();
    await waitUntil(openModal);
    expect(openModal()!.widget).to.equal(first);
    openModal()!.close();
    facial!.click();
    await waitUntil(openModal);

    expect(openModal()!.widget).to.not.equal(first);
    expect(openModal()!.widget!.service).to.equal('svc_facial');
    expect(document.querySelectorAll('bookafy-modal').length).to.equal(1);
  });

  it('listens once when installed twice, as when the script is included twice', async () => {
    const other = document.implementation.createHTMLDocument('second page');
    const listened: string[] = [];
    const addEventListener = other.addEventListener.bind(other);
    other.addEventListener = (type: string, ...rest: [EventListener]) => {
      listened.push(type);
      addEventListener(type, ...rest);
    };
    installClickToOpen(other, pageSettings);
    installClickToOpen(other, pageSettings);
    expect(listened).to.deep.equal(['click']);

    installClickToOpen(document, pageSettings);
    const link = await fixture<HTMLAnchorElement>(
      html`<a href="#hosted-booking" data-bookafy-service="svc_sauna">Book the sauna</a>`,
    );
    const opened: string[] = [];
    const watchOpen = (event: Event) => opened.push((event.target as Element).localName);
    document.addEventListener('bookafy-error', watchOpen);
    link.click();
    await waitUntil(openModal);
    await waitUntil(() => opened.length > 0);
    document.removeEventListener('bookafy-error', watchOpen);

    expect(document.querySelectorAll('bookafy-modal').length).to.equal(1);
    expect(opened).to.deep.equal(['bookafy-modal']);
  });

  it('leaves a ctrl-click on a booking link to the browser', async () => {
    const link = await fixture<HTMLAnchorElement>(
      html`<a href="#hosted-booking" data-bookafy-service="svc_massage">Book a massage</a>`,
    );
    const clicks = watchClicks();

    await sendKeys({ down: 'Control' });
    await clickCentreOf(link);
    await sendKeys({ up: 'Control' });
    clicks.stop();

    expect(clicks.cancelled).to.deep.equal([false]);
    expect(openModal()).to.equal(null);
  });
});
