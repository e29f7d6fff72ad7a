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

  it('offers anyone in the visitor language', async () => {
    const list = await fixture<BookafyStaffList>(
      html`<bookafy-staff-list locale="es-MX" .staff=${staff}></bookafy-staff-list>`,
    );

    expect(list.shadowRoot!.querySelector('[part~="staff-anyone"]')!.textContent!.trim()).to.equal(
      'Cualquier profesional disponible',
    );
    expect(list.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal(
      'Profesionales',
    );
  });

  it('passes an axe accessibility check', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('passes an axe accessibility check in Arabic and the dark theme', async () => {
    const list = await fixture<BookafyStaffList>(
      html`<bookafy-staff-list
        dir="rtl"
        locale="ar"
        theme="dark"
        .staff=${staff}
      ></bookafy-staff-list>`,
    );

    expect(list.shadowRoot!.textContent).to.contain('أي شخص متاح');
    await expect(list).to.be.accessible();
  });
});
