import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../define.js';
import type { LocalSlot } from '../../internal/local-slot.js';
import type { BookafyTimeList } from './time-list.js';

const at = (iso: string) => Date.parse(iso);
const slots: LocalSlot[] = [
  { start: at('2027-03-01T14:00:00Z'), end: at('2027-03-01T14:30:00Z'), staffIds: ['stf_a'] },
  {
    start: at('2027-03-01T14:30:00Z'),
    end: at('2027-03-01T15:00:00Z'),
    staffIds: ['stf_a', 'stf_b'],
  },
];

function renderList(businessTimeZone?: string, locale = 'en-US') {
  return fixture<BookafyTimeList>(
    html`<bookafy-time-list
      time-zone="America/New_York"
      locale=${locale}
      .businessTimeZone=${businessTimeZone}
      .slots=${slots}
    ></bookafy-time-list>`,
  );
}

const buttons = (list: BookafyTimeList) => [
  ...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.time'),
];

describe('bookafy-time-list', () => {
  it('labels each time in the visitor zone with the full date', async () => {
    const list = await renderList();

    expect(buttons(list).map((button) => button.textContent!.trim())).to.deep.equal([
      '9:00 AM',
      '9:30 AM',
    ]);
    expect(buttons(list)[0]!.getAttribute('aria-label')).to.equal('9:00 AM, Monday, March 1, 2027');
  });

  it("shows the business's time beside each time when the zones differ", async () => {
    const list = await renderList('Europe/Berlin');

    const business = list.shadowRoot!.querySelector('[part="business-time"]')!;
    expect(business.textContent!.trim()).to.equal('3:00 PM GMT+1');
    expect(buttons(list)[0]!.getAttribute('aria-label')).to.equal(
      '9:00 AM 3:00 PM GMT+1 for the business, Monday, March 1, 2027',
    );
  });

  it('shows no business time when the zones are the same', async () => {
    const list = await renderList('America/New_York');

    expect(list.shadowRoot!.querySelector('[part="business-time"]')).to.equal(null);
  });

  it('fires bookafy-slot-select with the UTC start of the chosen time', async () => {
    const list = await renderList();

    setTimeout(() => buttons(list)[1]!.click());
    const event = await oneEvent(list, 'bookafy-slot-select');

    expect(event.detail).to.deep.equal({
      start: '2027-03-01T14:30:00Z',
      staffIds: ['stf_a', 'stf_b'],
    });
  });

  it('says so when the day has no free times', async () => {
    const list = await fixture<BookafyTimeList>(html`<bookafy-time-list></bookafy-time-list>`);

    expect(list.shadowRoot!.textContent).to.contain('No free times');
  });

  it('labels the times and the business time in Spanish', async () => {
    const list = await renderList('Europe/Berlin', 'es-ES');

    expect(buttons(list)[0]!.getAttribute('aria-label')).to.equal(
      '9:00 15:00 CET en el negocio, lunes, 1 de marzo de 2027',
    );
    expect(list.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal(
      'Horarios disponibles',
    );
  });

  it('says so in Arabic when the day has no free times', async () => {
    const list = await fixture<BookafyTimeList>(
      html`<bookafy-time-list locale="ar"></bookafy-time-list>`,
    );

    expect(list.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'لا توجد أوقات متاحة في هذا اليوم.',
    );
  });

  it('paints the dark theme, under a colour the site sets', async () => {
    const list = await renderList();
    const background = () => getComputedStyle(buttons(list)[0]!).backgroundColor;
    expect(background()).to.equal('rgb(255, 255, 255)');

    list.theme = 'dark';
    await list.updateComplete;
    expect(list.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(list).backgroundColor).to.equal('rgb(21, 24, 31)');

    list.style.setProperty('--bookafy-color-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(list).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('passes an axe accessibility check', async () => {
    const list = await renderList('Europe/Berlin');

    await expect(list).to.be.accessible();
  });

  it('passes an axe accessibility check in Arabic and the dark theme', async () => {
    const list = await renderList('Europe/Berlin', 'ar');
    list.theme = 'dark';
    list.dir = 'rtl';
    await list.updateComplete;

    await expect(list).to.be.accessible();
  });
});
