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
  sequence: 0,
  createdAt: '2027-02-26T12:00:00Z',
};

function renderConfirmation(timeZone: string) {
  return fixture<BookafyConfirmation>(
    html`<bookafy-confirmation
      .booking=${booking}
      service-name="Consultation"
      business-name="Harbour Wellness"
      business-time-zone="Europe/Berlin"
      time-zone=${timeZone}
      locale="en-US"
    ></bookafy-confirmation>`,
  );
}

const text = (element: BookafyConfirmation, testId: string) =>
  element
    .shadowRoot!.querySelector(`[data-testid="${testId}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

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

  it('passes an axe accessibility check', async () => {
    const confirmation = await renderConfirmation('America/Los_Angeles');

    await expect(confirmation).to.be.accessible();
  });
});
