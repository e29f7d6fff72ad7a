import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../define.js';
import type { PublicStaffMember } from '@bookafy/sdk';
import type { BookafyStaffList } from './staff-list.js';

const staff: PublicStaffMember[] = [
  { id: 'stf_lena', name: 'Lena Fischer', timeZone: 'Europe/Berlin' },
  { id: 'stf_marcus', name: 'Marcus Reed', timeZone: 'America/New_York' },
];

const render = () =>
  fixture<BookafyStaffList>(html`<bookafy-staff-list .staff=${staff}></bookafy-staff-list>`);

describe('bookafy-staff-list', () => {
  it('offers anyone first, then each staff member', async () => {
    const list = await render();

    const names = [...list.shadowRoot!.querySelectorAll('button')].map((button) =>
      button.textContent!.trim(),
    );
    expect(names).to.deep.equal(['Anyone available', 'Lena Fischer', 'Marcus Reed']);
  });

  it('fires bookafy-staff-select with the id, or null for anyone', async () => {
    const list = await render();
    const buttons = list.shadowRoot!.querySelectorAll('button');

    setTimeout(() => buttons[2]!.click());
    expect((await oneEvent(list, 'bookafy-staff-select')).detail).to.deep.equal({
      staffId: 'stf_marcus',
    });
    setTimeout(() => buttons[0]!.click());
    expect((await oneEvent(list, 'bookafy-staff-select')).detail).to.deep.equal({ staffId: null });
  });

  it('passes an axe accessibility check', async () => {
    await expect(await render()).to.be.accessible();
  });
});
