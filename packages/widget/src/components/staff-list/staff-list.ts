import type { PublicStaffMember } from '@bookafy/sdk';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

import { BookafyStaffSelectEvent } from '../../events/staff-select.js';
import { tokens } from '../../styles/tokens.js';
import { serviceListStyles } from '../service-list/service-list.styles.js';

/**
 * The staff members who offer a service, after an "Anyone" choice that lets the business
 * give the time to whoever is free.
 *
 * @summary Staff choice.
 * @event bookafy-staff-select - The visitor chose a staff member, or anyone (`null`).
 * @csspart staff - A staff choice button.
 */
export class BookafyStaffList extends LitElement {
  static override styles = [tokens, serviceListStyles];

  /** The staff members to offer, in the account's order. */
  @property({ attribute: false }) staff: readonly PublicStaffMember[] = [];

  private handleSelect(staffId: string | null): void {
    this.dispatchEvent(new BookafyStaffSelectEvent({ staffId }));
  }

  override render() {
    const choices = [{ id: null, name: 'Anyone available' }, ...this.staff];
    return html`<ul>
      ${choices.map(
        (member) =>
          html`<li>
            <button class="service" part="staff" @click=${() => this.handleSelect(member.id)}>
              <span class="name">${member.name}</span>
            </button>
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-staff-list': BookafyStaffList;
  }
}
