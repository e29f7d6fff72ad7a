import { expect } from '@open-wc/testing';

import { pageFromHash, pagesFor } from './console-route.js';

describe('pageFromHash', () => {
  it('opens the page a fragment names', () => {
    expect(pageFromHash('#/services', 'owner')).to.equal('services');
    expect(pageFromHash('#/week?date=2027-03-15', 'owner')).to.equal('week');
  });

  it('falls back to the agenda for empty, unknown and reset fragments', () => {
    expect(pageFromHash('', 'owner')).to.equal('agenda');
    expect(pageFromHash('#/nowhere', 'owner')).to.equal('agenda');
    expect(pageFromHash('#reset=abc', 'owner')).to.equal('agenda');
  });

  it('keeps staff users to their own bookings', () => {
    expect(pagesFor('staff')).to.deep.equal(['agenda', 'week']);
    expect(pageFromHash('#/settings', 'staff')).to.equal('agenda');
    expect(pageFromHash('#/week', 'staff')).to.equal('week');
  });
});
