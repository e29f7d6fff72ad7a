import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import '../../define.js';
import type { BookafyBookedEvent } from '../../events/booked.js';
import { inShadow, typeInto } from '../../test-support/drive-widget.js';
import { realWorker, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyWidget } from './widget.js';

const INTRO = 'svc_demointro00000000000';
const LENA = 'stf_demolena000000000000';

/** A name that would add elements and run script if any view rendered it as markup. */
const MARKUP_NAME =
  '<img src=x onerror="window.bookafyInjected=true"></script><b id="injected">Ada</b>';

declare global {
  interface Window {
    bookafyInjected?: boolean;
  }
}

/** A widget on the real Worker, configured by `attributes`, attached to the page. */
async function widgetWith(attributes: Record<string, string>): Promise<BookafyWidget> {
  const { baseUrl, publishableKey } = await realWorker();
  const widget = document.createElement('bookafy-widget');
  widget.setAttribute('publishable-key', publishableKey);
  widget.setAttribute('api-base', baseUrl);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  await fixture(html`<div>${widget}</div>`);
  return widget;
}

/** Every element under `root`, through every open shadow root. */
function allElements(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

/** Elements the name's markup would create: none of the widget's own views uses these. */
function injected(widget: BookafyWidget): Element[] {
  return allElements(widget.shadowRoot!).filter(
    (element) =>
      element.id === 'injected' ||
      element.localName === 'script' ||
      (element.localName === 'img' && element.getAttribute('src') === 'x'),
  );
}

/**
 * Picks a late time on a free day two months ahead, a range other tests leave alone, so the
 * booking never takes a slot another test counts on.
 */
async function chooseLateTime(widget: BookafyWidget): Promise<void> {
  const calendar = await inShadow<HTMLElement & { month: string }>(widget, 'bookafy-calendar');
  for (let step = 0; step < 2; step++) {
    await waitUntil(() => calendar.getAttribute('aria-busy') === 'false', 'the month to load');
    const shown = calendar.month;
    calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="nav-button"]')[1]!.click();
    await waitUntil(() => calendar.month !== shown, 'the next month to show');
  }
  await waitUntil(() => calendar.getAttribute('aria-busy') === 'false', 'the month to load');
  await waitUntil(
    () => calendar.shadowRoot!.querySelectorAll('button.day[data-available]').length > 0,
    'a free day two months ahead',
  );
  const days = calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>(
    'button.day[data-available]',
  );
  days[Math.min(9, days.length - 1)]!.click();

  const list = await inShadow(widget, 'bookafy-time-list.day-times');
  await waitUntil(() => list.shadowRoot?.querySelectorAll('button.time').length, 'times to show');
  const times = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.time');
  times[times.length - 1]!.click();
}

describe('bookafy-widget with a customer name that holds markup', () => {
  useRealWorker();

  afterEach(() => {
    delete window.bookafyInjected;
  });

  it('books it and shows it as plain text in the confirmation and the manage view', async () => {
    const widget = await widgetWith({ service: INTRO, staff: LENA });
    await chooseLateTime(widget);
    const form = await inShadow(widget, 'bookafy-booking-form');
    await waitUntil(() => form.shadowRoot?.getElementById('email'));
    typeInto(form, 'name', MARKUP_NAME);
    typeInto(form, 'email', 'ada@example.com');
    const booked = oneEvent(widget, 'bookafy-booked') as Promise<BookafyBookedEvent>;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();

    const { booking } = (await booked).detail;
    expect(booking.customer.name).to.equal(MARKUP_NAME);
    const confirmation = await inShadow(widget, 'bookafy-confirmation');
    await waitUntil(() => confirmation.shadowRoot?.textContent?.includes('</script>'));
    const shown = [...confirmation.shadowRoot!.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(shown.map((text) => text?.trim())).to.include(MARKUP_NAME);
    expect(injected(widget)).to.deep.equal([]);

    const manage = await widgetWith({
      'manage-booking': booking.id,
      'manage-token': booking.manageToken!,
    });
    const view = await inShadow(manage, 'bookafy-manage');
    await waitUntil(
      () => view.shadowRoot?.textContent?.includes(booking.id),
      'the booking to load in the manage view',
    );
    expect(injected(manage)).to.deep.equal([]);
    // An image that failed to load would have run its handler by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.bookafyInjected).to.equal(undefined);
    await expect(manage).to.be.accessible();
  });
});
