import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../define.js';
import type { BookafyCalendar } from './calendar.js';

async function renderCalendar(overrides: Partial<BookafyCalendar> = {}, dir = 'ltr') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir=${dir}>
      <bookafy-calendar
        month="2027-03"
        locale="en-US"
        .availableDates=${['2027-03-01', '2027-03-03', '2027-03-31']}
      ></bookafy-calendar>
    </div>`,
  );
  const calendar = wrapper.querySelector('bookafy-calendar')!;
  Object.assign(calendar, overrides);
  await calendar.updateComplete;
  return calendar;
}

const day = (calendar: BookafyCalendar, date: string) =>
  calendar.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-date="${date}"]`)!;

describe('bookafy-calendar', () => {
  it('shows the month with a full date label on every day', async () => {
    const calendar = await renderCalendar();

    expect(calendar.shadowRoot!.querySelector('h3')!.textContent).to.equal('March 2027');
    expect(calendar.shadowRoot!.querySelectorAll('button.day')).to.have.length(31);
    expect(day(calendar, '2027-03-01').getAttribute('aria-label')).to.equal(
      'Monday, March 1, 2027',
    );
    expect(day(calendar, '2027-03-02').getAttribute('aria-label')).to.equal(
      'Tuesday, March 2, 2027, no free times',
    );
    expect(day(calendar, '2027-03-02').getAttribute('aria-disabled')).to.equal('true');
  });

  it('starts the month on its weekday column, Monday first', async () => {
    const calendar = await renderCalendar();
    const firstRow = calendar.shadowRoot!.querySelector('tbody tr')!;

    // March 2027 starts on a Monday; April 2027 on a Thursday.
    expect(firstRow.querySelector('td')!.textContent!.trim()).to.equal('1');
    calendar.month = '2027-04';
    await calendar.updateComplete;
    const cells = [...calendar.shadowRoot!.querySelector('tbody tr')!.querySelectorAll('td')];
    expect(cells.map((cell) => cell.textContent!.trim())).to.deep.equal([
      '',
      '',
      '',
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('fires bookafy-date-select for a day with free times', async () => {
    const calendar = await renderCalendar();

    setTimeout(() => day(calendar, '2027-03-03').click());
    const event = await oneEvent(calendar, 'bookafy-date-select');

    expect(event.detail).to.deep.equal({ date: '2027-03-03' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('ignores a click on a day without free times', async () => {
    const calendar = await renderCalendar();
    let fired = false;
    calendar.addEventListener('bookafy-date-select', () => (fired = true));

    day(calendar, '2027-03-02').click();
    await calendar.updateComplete;

    expect(fired).to.equal(false);
  });

  it('keeps one day in the tab order and moves it with the arrow keys', async () => {
    const calendar = await renderCalendar();
    const tabbable = () => calendar.shadowRoot!.querySelectorAll('button.day[tabindex="0"]');
    expect(tabbable()).to.have.length(1);
    expect(tabbable()[0]!.getAttribute('data-date')).to.equal('2027-03-01');

    day(calendar, '2027-03-01').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await calendar.updateComplete;

    expect(calendar.shadowRoot!.activeElement!.getAttribute('data-date')).to.equal('2027-03-09');
    await sendKeys({ press: 'End' });
    await calendar.updateComplete;
    expect(calendar.shadowRoot!.activeElement!.getAttribute('data-date')).to.equal('2027-03-14');
  });

  it('moves to the next month with PageDown and announces it', async () => {
    const calendar = await renderCalendar();
    day(calendar, '2027-03-31').focus();

    setTimeout(() => void sendKeys({ press: 'PageDown' }));
    const event = await oneEvent(calendar, 'bookafy-month-change');
    await calendar.updateComplete;

    expect(event.detail).to.deep.equal({ month: '2027-04' });
    expect(calendar.shadowRoot!.activeElement!.getAttribute('data-date')).to.equal('2027-04-30');
    expect(calendar.shadowRoot!.querySelector('h3')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('does not go before the earliest month', async () => {
    const calendar = await renderCalendar({ minMonth: '2027-03' });
    const previous = calendar.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label="Previous month"]',
    )!;
    expect(previous.disabled).to.equal(true);

    day(calendar, '2027-03-01').focus();
    await sendKeys({ press: 'PageUp' });
    await calendar.updateComplete;
    expect(calendar.month).to.equal('2027-03');
  });

  it('passes an axe accessibility check', async () => {
    const calendar = await renderCalendar({ selectedDate: '2027-03-03' });

    await expect(calendar).to.be.accessible();
  });
});

describe('bookafy-calendar in other languages', () => {
  const header = (calendar: BookafyCalendar) =>
    [...calendar.shadowRoot!.querySelectorAll('th')].map((th) => ({
      abbr: th.getAttribute('abbr'),
      text: th.textContent!.trim(),
    }));

  it('names the month, the weekdays, the days and the buttons in Spanish', async () => {
    const calendar = await renderCalendar({ locale: 'es-ES' });
    const root = calendar.shadowRoot!;

    expect(root.querySelector('h3')!.textContent).to.equal('marzo de 2027');
    expect(header(calendar)[0]).to.deep.equal({ abbr: 'lunes', text: 'L' });
    expect(header(calendar)[6]).to.deep.equal({ abbr: 'domingo', text: 'D' });
    expect(day(calendar, '2027-03-02').getAttribute('aria-label')).to.equal(
      'martes, 2 de marzo de 2027, sin horarios disponibles',
    );
    const navLabels = [...root.querySelectorAll('[part="nav-button"]')].map((button) =>
      button.getAttribute('aria-label'),
    );
    expect(navLabels).to.deep.equal(['Mes anterior', 'Mes siguiente']);
  });

  it('writes the month and the labels in Arabic', async () => {
    const calendar = await renderCalendar({ locale: 'ar' }, 'rtl');
    const root = calendar.shadowRoot!;

    expect(root.querySelector('h3')!.textContent).to.contain('مارس');
    expect(header(calendar)[0]!.abbr).to.equal('الاثنين');
    expect(day(calendar, '2027-03-02').getAttribute('aria-label')).to.contain(
      'لا توجد أوقات متاحة',
    );
    expect(root.querySelector('[part="nav-button"]')!.getAttribute('aria-label')).to.equal(
      'الشهر السابق',
    );
  });

  it('writes day numbers in the digits of the locale', async () => {
    const calendar = await renderCalendar({ locale: 'ar-EG' }, 'rtl');

    expect(day(calendar, '2027-03-01').textContent!.trim()).to.equal('١');
    expect(day(calendar, '2027-03-31').textContent!.trim()).to.equal('٣١');
  });

  it('lays the week out from the right and follows it with the arrow keys in RTL', async () => {
    const calendar = await renderCalendar({ locale: 'ar' }, 'rtl');
    const left = (date: string) => day(calendar, date).getBoundingClientRect().left;
    expect(left('2027-03-01')).to.be.greaterThan(left('2027-03-02'));

    day(calendar, '2027-03-03').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await calendar.updateComplete;
    expect(calendar.shadowRoot!.activeElement!.getAttribute('data-date')).to.equal('2027-03-04');

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await calendar.updateComplete;
    expect(calendar.shadowRoot!.activeElement!.getAttribute('data-date')).to.equal('2027-03-02');
  });

  it('passes an axe accessibility check in Arabic', async () => {
    const calendar = await renderCalendar({ locale: 'ar', selectedDate: '2027-03-03' }, 'rtl');

    await expect(calendar).to.be.accessible();
  });
});
