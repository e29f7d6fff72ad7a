import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../define.js';
import type { BookafyBookedEvent } from '../../events/booked.js';
import { chooseFreeDay, chooseTime, inShadow, typeInto } from '../../test-support/drive-widget.js';
import { realWorker, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyTimeList } from '../time-list/time-list.js';
import type { BookafyWidget } from './widget.js';

const INTRO = 'svc_demointro00000000000';
const LENA = 'stf_demolena000000000000';
const MASSAGE = 'svc_demomassage000000000';

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

/** A time the widget shows for the chosen day, beside its wall clock in `timeZone`. */
interface ShownTime {
  label: string;
  expectedLabel: string;
  date: string;
  hour: number;
}

/** The times listed for the chosen day, each read with the platform's own `Intl` in a zone. */
async function shownTimes(widget: BookafyWidget, timeZone: string): Promise<ShownTime[]> {
  const list = await inShadow<BookafyTimeList>(widget, 'bookafy-time-list.day-times');
  await waitUntil(
    () => list.timeZone === timeZone && list.slots.length > 0,
    `times in ${timeZone} to show`,
  );
  await list.updateComplete;
  const labels = [...list.shadowRoot!.querySelectorAll('button.time > span:first-child')];
  const label = new Intl.DateTimeFormat(list.locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
  });
  const wallClock = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  expect(labels.length).to.equal(list.slots.length);
  return list.slots.map((slot, index) => {
    const parts = Object.fromEntries(
      wallClock.formatToParts(slot.start).map((part) => [part.type, part.value]),
    );
    return {
      label: labels[index]!.textContent!.trim(),
      expectedLabel: label.format(slot.start),
      date: `${parts['year']}-${parts['month']}-${parts['day']}`,
      hour: Number(parts['hour']),
    };
  });
}

describe('bookafy-widget against the local Worker', () => {
  useRealWorker();

  afterEach(() => history.replaceState(null, '', location.pathname));

  it('loads the demo business and lists its services', async () => {
    const { baseUrl, publishableKey } = await realWorker();
    const widget = document.createElement('bookafy-widget');
    widget.publishableKey = publishableKey;
    widget.apiBase = baseUrl;
    const ready = oneEvent(widget, 'bookafy-ready');
    await fixture(html`<div>${widget}</div>`);

    expect((await ready).detail.account.name).to.equal('Harbour Wellness');
    const list = await inShadow(widget, 'bookafy-service-list');
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="service"]'));
    const names = [...list.shadowRoot!.querySelectorAll('[part~="service"]')].map((button) =>
      button.textContent!.trim(),
    );
    expect(names.join(' | ')).to.contain('Introductory call');
  });

  it('books with locked prefilled details, site metadata and the page utm parameters', async () => {
    history.replaceState(null, '', '?utm_source=newsletter&utm_campaign=spring&page=2');
    const widget = await widgetWith({
      service: INTRO,
      staff: LENA,
      'prefill-name': 'Ada Lovelace',
      'prefill-email': 'ada@example.com',
      'lock-prefill': '',
      metadata: '{"crmId":"crm-42","vip":true}',
      'forward-utm': '',
    });
    await chooseFreeDay(widget, 4);
    await chooseTime(widget, 1);

    const form = await inShadow(widget, 'bookafy-booking-form');
    await waitUntil(() => form.shadowRoot?.getElementById('name'));
    const name = form.shadowRoot!.getElementById('name') as HTMLInputElement;
    expect(name.value).to.equal('Ada Lovelace');
    expect(name.readOnly).to.equal(true);
    const booked = oneEvent(widget, 'bookafy-booked') as Promise<BookafyBookedEvent>;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();

    const { booking } = (await booked).detail;
    expect(booking.customer).to.include({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(booking.staffId).to.equal(LENA);
    expect(booking.metadata).to.deep.equal({
      utm_source: 'newsletter',
      utm_campaign: 'spring',
      crmId: 'crm-42',
      vip: 'true',
    });
    const confirmation = await inShadow(widget, 'bookafy-confirmation');
    await waitUntil(() => confirmation.shadowRoot?.querySelector('a[href*="/manage/"]'));
    const manage =
      confirmation.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="/manage/"]')!;
    const manageUrl = new URL(manage.href);
    expect(manageUrl.pathname).to.equal(`/book/harbour-wellness/manage/${booking.id}`);
    expect(manageUrl.searchParams.get('token')).to.equal(booking.manageToken);
  });

  it('keeps what the visitor typed when they go back to change the time', async () => {
    const widget = await widgetWith({ service: INTRO, staff: LENA });
    await chooseFreeDay(widget, 5);
    await chooseTime(widget, 0);
    const form = await inShadow(widget, 'bookafy-booking-form');
    await waitUntil(() => form.shadowRoot?.getElementById('email'));
    typeInto(form, 'name', 'Grace Hopper');
    typeInto(form, 'email', 'grace@example.com');

    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await chooseFreeDay(widget, 5);
    await chooseTime(widget, 1);

    const again = await inShadow(widget, 'bookafy-booking-form');
    await waitUntil(() => again.shadowRoot?.getElementById('email'));
    expect((again.shadowRoot!.getElementById('name') as HTMLInputElement).value).to.equal(
      'Grace Hopper',
    );
    expect((again.shadowRoot!.getElementById('email') as HTMLInputElement).value).to.equal(
      'grace@example.com',
    );
  });

  it('refuses metadata that is not a JSON object, with an error event and message', async () => {
    const { baseUrl, publishableKey } = await realWorker();
    const widget = document.createElement('bookafy-widget');
    widget.setAttribute('publishable-key', publishableKey);
    widget.setAttribute('api-base', baseUrl);
    widget.setAttribute('metadata', '[1, 2]');
    const failed = oneEvent(widget, 'bookafy-error');
    await fixture(html`<div>${widget}</div>`);

    expect((await failed).detail.code).to.equal('invalid_configuration');
    const alert = await inShadow(widget, '[role="alert"]');
    expect(alert.textContent).to.contain('metadata attribute must be a JSON object');
  });

  it('speaks Arabic right to left, in the dark theme, with the free plan credit', async () => {
    const widget = await widgetWith({ locale: 'ar', theme: 'dark' });
    const heading = await inShadow(widget, 'h2');
    expect(heading.textContent).to.contain('اختر خدمة');
    const frame = widget.shadowRoot!.querySelector('.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(heading).direction).to.equal('rtl');
    expect(
      widget.shadowRoot!.querySelector('bookafy-service-list')!.getAttribute('theme'),
    ).to.equal('dark');
    expect(widget.shadowRoot!.querySelector('[part="powered-by"]')!.textContent).to.contain(
      'Bookafy',
    );
    await expect(widget).to.be.accessible();
  });

  it('regroups the days and times in a zone the visitor picks', async () => {
    const widget = await widgetWith({ service: INTRO, staff: LENA, 'time-zone': 'Europe/Berlin' });
    // The second free day, so that the clock has not already taken the start of it.
    const berlinDate = await chooseFreeDay(widget, 1);
    const berlin = await shownTimes(widget, 'Europe/Berlin');

    const picker = await inShadow<HTMLElement & { value: string }>(widget, 'bookafy-zone-picker');
    const input = picker.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Tokyo' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const tokyoDate = await chooseFreeDay(widget, 1);
    const tokyo = await shownTimes(widget, 'Asia/Tokyo');

    expect(picker.value).to.equal('Asia/Tokyo');
    // Lena works 9:00 to 17:00 in Berlin: 17:00 to 1:00 in Tokyo in winter, 16:00 to 0:00 in
    // summer. Each list holds only times on the chosen day of its own zone, labelled in it.
    const offBerlinDay = berlin.filter(
      (time) => time.date !== berlinDate || time.hour < 9 || time.hour >= 17,
    );
    const offTokyoDay = tokyo.filter(
      (time) => time.date !== tokyoDate || (time.hour >= 1 && time.hour < 16),
    );
    expect(offBerlinDay).to.deep.equal([]);
    expect(offTokyoDay).to.deep.equal([]);
    expect(berlin.length).to.be.greaterThan(0);
    expect(tokyo.length).to.be.greaterThan(0);
    for (const time of [...berlin, ...tokyo]) expect(time.label).to.equal(time.expectedLabel);
  });

  it('states an in-person service in the business zone and asks its questions', async () => {
    const widget = await widgetWith({ service: MASSAGE, 'time-zone': 'America/Los_Angeles' });
    await chooseFreeDay(widget, 2);
    const note = await inShadow(widget, '[part="zone-note"]');
    expect(note.textContent).to.contain('Europe/Berlin');
    expect(widget.shadowRoot!.querySelector('bookafy-zone-picker')).to.equal(null);
    const list = await inShadow(widget, 'bookafy-time-list.day-times');
    await waitUntil(() => list.shadowRoot?.querySelector('button.time'));
    // Lena's day starts at 9:00 in Berlin, shown as such to a visitor in Los Angeles.
    expect(list.shadowRoot!.querySelector('button.time span')!.textContent).to.match(/^0?9:00/);
    expect(list.shadowRoot!.querySelector('[part~="business-time"]')).to.equal(null);
    await chooseTime(widget, 0);

    const form = await inShadow(widget, 'bookafy-booking-form');
    await waitUntil(() => form.shadowRoot?.getElementById('question-focus'));
    typeInto(form, 'name', 'Serena Okafor');
    typeInto(form, 'email', 'serena@example.com');
    const focus = form.shadowRoot!.getElementById('question-focus') as HTMLSelectElement;
    focus.value = 'Legs';
    focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    typeInto(form, 'question-injuries', 'A sprained ankle in May.');
    const booked = oneEvent(widget, 'bookafy-booked') as Promise<BookafyBookedEvent>;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();

    const { booking } = (await booked).detail;
    expect(booking.answers).to.include({ focus: 'Legs', injuries: 'A sprained ankle in May.' });
    expect(booking.customer.timeZone).to.equal('Europe/Berlin');
  });

  it('lets the page style the inner steps through the parts it exports', async () => {
    const style = document.createElement('style');
    style.textContent = `
      bookafy-widget::part(day-available) { outline: 3px solid rgb(1, 2, 3); }
      bookafy-widget::part(time) { outline: 3px solid rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const widget = await widgetWith({ service: INTRO, staff: LENA });
      await chooseFreeDay(widget, 1);
      const calendar = widget.shadowRoot!.querySelector('bookafy-calendar')!;
      const day = calendar.shadowRoot!.querySelector('button.day[data-available]')!;
      expect(getComputedStyle(day).outlineColor).to.equal('rgb(1, 2, 3)');
      const list = await inShadow(widget, 'bookafy-time-list.day-times');
      await waitUntil(() => list.shadowRoot?.querySelector('button.time'));
      const time = list.shadowRoot!.querySelector('button.time')!;
      expect(getComputedStyle(time).outlineColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('starts when its key arrives after it was added, and again for another service', async () => {
    const { baseUrl, publishableKey } = await realWorker();
    const widget = document.createElement('bookafy-widget');
    await fixture(html`<div>${widget}</div>`);
    expect((await inShadow(widget, '[role="alert"]')).textContent).to.contain('publishable key');

    const ready = oneEvent(widget, 'bookafy-ready');
    Object.assign(widget, { apiBase: baseUrl, publishableKey });
    await ready;
    await inShadow(widget, 'bookafy-service-list');
    expect(widget.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

    widget.service = INTRO;
    widget.staff = LENA;
    await inShadow(widget, 'bookafy-calendar');
  });

  it('runs several widgets on one page independently', async () => {
    const { baseUrl, publishableKey } = await realWorker();
    const container = await fixture(
      html`<div>
        <bookafy-widget publishable-key=${publishableKey} api-base=${baseUrl}></bookafy-widget>
        <bookafy-widget
          publishable-key=${publishableKey}
          api-base=${baseUrl}
          service=${INTRO}
          staff=${LENA}
        ></bookafy-widget>
      </div>`,
    );
    const [first, second] = [...container.querySelectorAll('bookafy-widget')];
    await inShadow(first!, 'bookafy-service-list');
    await inShadow(second!, 'bookafy-calendar');
    await chooseFreeDay(second!, 0);
    await inShadow(second!, 'bookafy-time-list.day-times');
    expect(first!.shadowRoot!.querySelector('bookafy-service-list')).to.not.equal(null);
    expect(first!.shadowRoot!.querySelector('bookafy-calendar')).to.equal(null);
  });
});
