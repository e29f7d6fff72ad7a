import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

import '../../define.js';
import type { Theme } from '../../styles/tokens.js';
import type { BookafyCalendar } from './calendar.js';

async function renderCalendar(theme: Theme | undefined, style = '') {
  const calendar = await fixture<BookafyCalendar>(
    html`<bookafy-calendar
      month="2027-03"
      locale="en-US"
      style=${style}
      .theme=${theme}
      .availableDates=${['2027-03-01', '2027-03-03']}
      .selectedDate=${'2027-03-03'}
    ></bookafy-calendar>`,
  );
  await calendar.updateComplete;
  return calendar;
}

const styleOf = (calendar: BookafyCalendar, selector: string) =>
  getComputedStyle(calendar.shadowRoot!.querySelector(selector)!);

describe('bookafy-calendar themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('reflects its theme to the attribute its styles select on', async () => {
    const calendar = await renderCalendar('dark');

    expect(calendar.getAttribute('theme')).to.equal('dark');
  });

  it('paints dark surfaces and light text in the dark theme', async () => {
    const light = await renderCalendar(undefined);
    const dark = await renderCalendar('dark');

    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(21, 24, 31)');
    expect(getComputedStyle(light).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(styleOf(dark, '.nav').backgroundColor).to.equal('rgb(21, 24, 31)');
    expect(styleOf(light, '.nav').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(dark).color).to.equal('rgb(232, 234, 240)');
    expect(getComputedStyle(light).color).to.equal('rgb(27, 31, 42)');
  });

  it('follows the system colour scheme in the auto theme', async () => {
    const calendar = await renderCalendar('auto');
    expect(getComputedStyle(calendar).color).to.equal('rgb(27, 31, 42)');

    await emulateMedia({ colorScheme: 'dark' });

    // The host itself has no transition, so it shows the new colours at once.
    expect(getComputedStyle(calendar).color).to.equal('rgb(232, 234, 240)');
    expect(getComputedStyle(calendar).backgroundColor).to.equal('rgb(21, 24, 31)');
  });

  it("keeps the site's colour over the dark default", async () => {
    const calendar = await renderCalendar('dark', '--bookafy-color-surface: rgb(1, 2, 3)');

    expect(styleOf(calendar, '.nav').backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(calendar).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('scales targets with the density but never below 24px', async () => {
    const roomy = await renderCalendar(undefined, '--bookafy-density: 2');
    const tight = await renderCalendar(undefined, '--bookafy-density: 0.25');

    expect(styleOf(roomy, '.nav').blockSize).to.equal('72px');
    expect(styleOf(tight, '.nav').blockSize).to.equal('24px');
  });

  it('drops transitions when the visitor asks for reduced motion', async () => {
    const calendar = await renderCalendar(undefined);
    expect(styleOf(calendar, '.day').transitionDuration).to.equal('0.12s');

    await emulateMedia({ reducedMotion: 'reduce' });

    expect(styleOf(calendar, '.day').transitionDuration).to.equal('0s');
  });

  it('passes an axe accessibility check in the dark theme', async () => {
    const calendar = await renderCalendar('dark');

    await expect(calendar).to.be.accessible();
  });
});
