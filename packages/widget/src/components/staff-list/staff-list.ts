import type { PublicStaffMember } from '@bookafy/sdk';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

import { BookafyStaffSelectEvent } from '../../events/staff-select.js';
import { messagesFor } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import { tokens, type Theme } from '../../styles/tokens.js';
import { serviceListStyles } from '../service-list/service-list.styles.js';
import { staffListMessages } from './staff-list.messages.js';

/**
 * The staff members who offer a service, after an "Anyone" choice that lets the business
 * give the time to whoever is free.
 *
 * @tagname bookafy-staff-list
 * @summary Staff choice.
 * @event bookafy-staff-select - The visitor chose a staff member, or anyone (`null`).
 * @csspart list - The list of choices.
 * @csspart staff - A staff choice button; the first one, anyone, also has `staff-anyone`.
 * @csspart staff-name - The name on a choice.
 */
export class BookafyStaffList extends LitElement {
  static override styles = [tokens, serviceListStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  /** The staff members to offer, in the account's order. */
  @property({ attribute: false }) staff: readonly PublicStaffMember[] = [];

  /** BCP 47 locale of the labels. */
  @property() locale = 'en';

  /** The colour theme; reflected, because the styles select on it. */
  @property({ reflect: true }) theme: Theme | undefined;

  private handleSelect(staffId: string | null): void {
    this.dispatchEvent(new BookafyStaffSelectEvent({ staffId }));
  }

  override render() {
    const text = messagesFor(staffListMessages, this.locale);
    const choices = [{ id: null, name: text.anyone }, ...this.staff];
    return html`<ul part="list" aria-label=${text.staff}>
      ${choices.map(
        (member) =>
          html`<li>
            <button
              class="service"
              part=${member.id === null ? 'staff staff-anyone' : 'staff'}
              @click=${() => this.handleSelect(member.id)}
            >
              <span class="name" part="staff-name">${member.name}</span>
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
