import { expect } from '@open-wc/testing';

import { staffLimitText } from './plan-limit-text.js';

describe('staffLimitText', () => {
  it("names the staff limit it is given, as a number in the viewer's language", () => {
    expect(staffLimitText(5)).to.equal('Your plan allows 5 staff members.');
    expect(staffLimitText(1200)).to.equal('Your plan allows 1,200 staff members.');
  });

  it('speaks of one staff member in the singular', () => {
    expect(staffLimitText(1)).to.equal('Your plan allows one staff member.');
  });

  it('says no more are allowed when the limit could not be read', () => {
    expect(staffLimitText(null)).to.equal('Your plan allows no more staff members.');
  });
});
