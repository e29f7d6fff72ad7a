import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';

import { ConsoleApiError } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import {
  inviteStaffUser,
  listStaff,
  listUsers,
  removeUser,
  type ConsoleUser,
  type StaffMember,
} from '../../internal/settings-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleConfirmDialog } from '../embed/confirm-dialog.js';

/**
 * @summary The account's console logins: owners, and staff members who see only their own
 * bookings. Owners invite a staff member by email, who sets a password from the emailed link,
 * and remove staff logins again after a confirmation.
 */
@localized()
export class BookafyConsoleUsers extends LitElement {
  static override styles = pageStyles;

  @query('#invite-staff') private staffSelect!: HTMLSelectElement;
  @query('#invite-email') private emailInput!: HTMLInputElement;
  @query('#users-title') private heading!: HTMLHeadingElement;
  @query('bookafy-console-confirm-dialog') private confirm!: BookafyConsoleConfirmDialog;

  @state() private users: ConsoleUser[] = [];
  @state() private staff: StaffMember[] = [];
  @state() private status = '';
  @state() private error = '';
  @state() private busy = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      [this.users, this.staff] = await Promise.all([listUsers(), listStaff()]);
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async handleInvite(event: SubmitEvent) {
    event.preventDefault();
    const email = this.emailInput.value;
    this.busy = true;
    this.error = '';
    try {
      await inviteStaffUser(this.staffSelect.value, email);
      this.status = msg(str`Invitation sent to ${email}.`, { id: 'settings.invited' });
      this.emailInput.value = '';
      await this.load();
    } catch (error) {
      this.error =
        error instanceof ConsoleApiError && error.code === 'email_taken'
          ? msg('A login with this email exists already.', { id: 'settings.emailTaken' })
          : refusalText(error);
    } finally {
      this.busy = false;
    }
  }

  private async handleRemove(user: ConsoleUser) {
    const question = msg(
      str`Remove the login of ${user.name}? They can no longer sign in; their bookings stay.`,
      { id: 'settings.removeQuestion' },
    );
    if (!(await this.confirm.ask(question, msg('Remove', { id: 'settings.remove' })))) return;
    this.error = '';
    try {
      await removeUser(user.id);
      await this.load();
      // The row's button is gone with the login, so focus moves to the section's heading, and
      // only then is the change announced, so that the move does not cut it off.
      await this.updateComplete;
      this.heading.focus();
      this.status = msg(str`${user.name} can no longer sign in.`, { id: 'settings.removed' });
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private renderInvite() {
    const withLogin = new Set(this.users.map((user) => user.staffId));
    const invitable = this.staff.filter((member) => !withLogin.has(member.id));
    if (invitable.length === 0) {
      return html`<p class="hint">
        ${msg('Every staff member has a login.', { id: 'settings.allInvited' })}
      </p>`;
    }
    return html`<form @submit=${this.handleInvite}>
      <h4>${msg('Invite a staff member', { id: 'settings.inviteTitle' })}</h4>
      <p>
        <label for="invite-staff">${msg('Staff member', { id: 'settings.staffMember' })}</label>
        <select id="invite-staff" required>
          ${invitable.map((member) => html`<option value=${member.id}>${member.name}</option>`)}
        </select>
        <label for="invite-email">${msg('Email', { id: 'signIn.email' })}</label>
        <input id="invite-email" type="email" autocomplete="off" required />
        <button class="primary" type="submit" ?disabled=${this.busy}>
          ${msg('Send invitation', { id: 'settings.invite' })}
        </button>
      </p>
      <p class="hint">
        ${msg(
          'They get an email with a link to choose a password, valid for 7 days, and then see ' +
            'only their own bookings.',
          { id: 'settings.inviteHint' },
        )}
      </p>
    </form>`;
  }

  private renderUser(user: ConsoleUser) {
    const member = this.staff.find((candidate) => candidate.id === user.staffId);
    return html`<tr>
      <th scope="row">${user.name}</th>
      <td>${user.email}</td>
      <td>
        ${
          user.role === 'owner'
            ? msg('Owner', { id: 'settings.owner' })
            : msg(str`Staff: ${member?.name ?? '–'}`, { id: 'settings.staffRole' })
        }
      </td>
      <td>
        ${
          user.role === 'staff'
            ? html`<button
                class="danger"
                type="button"
                aria-label=${msg(str`Remove the login of ${user.name}`, {
                  id: 'settings.removeLabel',
                })}
                @click=${() => this.handleRemove(user)}
              >
                ${msg('Remove', { id: 'settings.remove' })}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  override render() {
    return html`<section class="card" aria-labelledby="users-title">
      <h3 id="users-title" tabindex="-1">${msg('Console users', { id: 'settings.usersTitle' })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Name', { id: 'settings.name' })}</th>
            <th scope="col">${msg('Email', { id: 'signIn.email' })}</th>
            <th scope="col">${msg('Role', { id: 'settings.role' })}</th>
            <th scope="col">
              <span class="visually-hidden">${msg('Actions', { id: 'settings.actions' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          ${this.users.map((user) => this.renderUser(user))}
        </tbody>
      </table>
      ${this.renderInvite()}
      <p role="status">${this.status}</p>
      <p role="alert">${this.error}</p>
      <bookafy-console-confirm-dialog></bookafy-console-confirm-dialog>
    </section>`;
  }
}
