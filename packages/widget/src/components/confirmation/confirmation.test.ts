import { expect, fixture, html } from '@open-wc/testing';

import '../../define.js';
import type { Booking } from '@bookafy/sdk';
import type { BookafyConfirmation } from './confirmation.js';

const booking: Booking = {
  id: 'bkg_test',
  status: 'confirmed',
  serviceId: 'svc_test',
  staffId: 'stf_test',
  start: '2027-03-01T14:00:00Z',
  end: '2027-03-01T14:30:00Z',
  timeZone: 'Europe/Berlin',
  customer: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/Los_Angeles' },
  answers: {},
  metadata: {},
  sequence: 0,
  createdAt: '2027-02-26T12:00:00Z',
  manageToken: 'mt_a/b+c',
};

function renderConfirmation(timeZone: string, options: Partial<BookafyConfirmation> = {}) {
  return fixture<BookafyConfirmation>(
    html`<bookafy-confirmation
      .booking=${booking}
      service-name="Consultation"
      business-name="Harbour Wellness"
      business-time-zone="Europe/Berlin"
      time-zone=${timeZone}
      locale=${options.locale ?? 'en-US'}
      .apiBase=${options.apiBase}
      .calendarUrl=${options.calendarUrl}
      .manageUrl=${options.manageUrl}
      .theme=${options.theme}
    ></bookafy-confirmation>`,
  );
}

const text = (element: BookafyConfirmation, testId: string) =>
  element
    .shadowRoot!.querySelector(`[data-testid="${testId}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

const link = (element: BookafyConfirmation, part: string) =>
  element.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part~="${part}"]`);

describe('bookafy-confirmation', () => {
  it("states the time in the visitor's zone and in the business's", async () => {
    const confirmation = await renderConfirmation('America/Los_Angeles');

    expect(text(confirmation, 'visitor-time')).to.equal('Monday, March 1, 2027, 6:00 AM PST');
    expect(text(confirmation, 'business-time')).to.equal(
      'Monday, March 1, 2027, 3:00 PM GMT+1 (Europe/Berlin)',
    );
  });

  it('states the time once when the visitor is in the business zone', async () => {
    const confirmation = await renderConfirmation('Europe/Berlin');

    expect(text(confirmation, 'business-time')).to.equal(undefined);
    expect(text(confirmation, 'visitor-time')).to.equal('Monday, March 1, 2027, 3:00 PM GMT+1');
  });

  it('moves focus to its heading to announce the booking', async () => {
    const confirmation = await renderConfirmation('Europe/Berlin');

    confirmation.focus();

    expect(confirmation.shadowRoot!.activeElement!.textContent).to.equal("You're booked");
  });

  it('links to a Google Calendar event at the booked UTC instants', async () => {
    const manageUrl = 'https://shop.example/booking?id=bkg_test&token=mt_1';
    const confirmation = await renderConfirmation('America/Los_Angeles', { manageUrl });

    const href = link(confirmation, 'google-link')!.href;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).to.equal('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Consultation with Harbour Wellness',
      dates: '20270301T140000Z/20270301T143000Z',
      details: `Reference: bkg_test\nManage booking: ${manageUrl}`,
      location: 'Harbour Wellness',
    });
    expect(href).to.not.match(/\s/);
    expect(link(confirmation, 'google-link')!.target).to.equal('_blank');
  });

  it('links to the .ics file with the manage token in its URL', async () => {
    const confirmation = await renderConfirmation('Europe/Berlin', {
      apiBase: 'https://book.example.com/',
    });

    expect(link(confirmation, 'ics-link')!.getAttribute('href')).to.equal(
      'https://book.example.com/v1/bookings/bkg_test/calendar.ics?token=mt_a%2Fb%2Bc',
    );
  });

  it('prefers a calendar URL the page gives, and leaves the file out without one', async () => {
    const given = await renderConfirmation('Europe/Berlin', {
      apiBase: 'https://book.example.com',
      calendarUrl: 'https://cdn.example/bkg_test.ics',
    });
    const unknown = await renderConfirmation('Europe/Berlin');

    expect(link(given, 'ics-link')!.getAttribute('href')).to.equal(
      'https://cdn.example/bkg_test.ics',
    );
    expect(link(unknown, 'ics-link')).to.equal(null);
    expect(link(unknown, 'google-link')).to.not.equal(null);
  });

  it('links to the manage page only when the page gives one', async () => {
    const withPage = await renderConfirmation('Europe/Berlin', {
      manageUrl: 'https://shop.example/manage',
    });
    const withoutPage = await renderConfirmation('Europe/Berlin');

    expect(link(withPage, 'manage-link')!.getAttribute('href')).to.equal(
      'https://shop.example/manage',
    );
    expect(link(withPage, 'manage-link')!.textContent!.trim()).to.equal('Manage booking');
    expect(link(withoutPage, 'manage-link')).to.equal(null);
  });

  it('speaks Spanish, in the calendar entry too', async () => {
    const confirmation = await renderConfirmation('America/Los_Angeles', { locale: 'es' });
    const root = confirmation.shadowRoot!;

    expect(root.querySelector('h2')!.textContent).to.equal('Tu reserva está confirmada');
    expect(root.querySelector('h3')!.textContent).to.equal('Añadir al calendario');
    expect(text(confirmation, 'visitor-time')).to.contain('lunes, 1 de marzo de 2027');
    const google = new URL(link(confirmation, 'google-link')!.href);
    expect(google.searchParams.get('text')).to.equal('Consultation con Harbour Wellness');
  });

  it('passes an axe accessibility check', async () => {
    const confirmation = await renderConfirmation('America/Los_Angeles', {
      apiBase: 'https://book.example.com',
      manageUrl: 'https://shop.example/manage',
    });

    await expect(confirmation).to.be.accessible();
  });

  it('passes an axe accessibility check in Arabic and the dark theme', async () => {
    const confirmation = await renderConfirmation('America/Los_Angeles', {
      locale: 'ar',
      theme: 'dark',
      apiBase: 'https://book.example.com',
      manageUrl: 'https://shop.example/manage',
    });
    confirmation.dir = 'rtl';

    expect(getComputedStyle(confirmation).backgroundColor).to.equal('rgb(21, 24, 31)');
    await expect(confirmation).to.be.accessible();
  });
});
