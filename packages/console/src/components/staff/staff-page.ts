import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { ConsoleApiError, type Me } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { listServices, type Service } from '../../internal/services-api.js';
import {
  archiveStaff,
  listStaff,
  restoreStaff,
  type StaffMember,
} from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleConfirmDialog } from '../embed/confirm-dialog.js';
import { planLimitLink, staffLimitRefusal } from './plan-limit-text.js';
import type { StaffSavedEvent } from './staff-saved-event.js';

/**
 * @summary The account's staff members, each with their zone, email and services. "Add staff
 * member" opens a dialog; opening a member shows their details, weekly hours on a week grid,
 * and their date overrides and time off on a calendar, all in the member's own zone. "Archive"
 * (after a confirmation) stops a member offering any service; their bookings stay. "Show
 * archived staff" lists archived members too, each with "Restore".
 */
@localized()
export class BookafyConsoleStaff extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-bottom: 1rem;
      }
      .toolbar label {
        font-weight: normal;
      }
      .archived {
        color: #4b5563;
        font-style: italic;
      }
      tr[aria-current='true'] {
        background: #eff6ff;
      }
      section.member {
        margin-top: 1.5rem;
      }
      section.member h4 {
        margin: 1.5rem 0 0.5rem;
        font-size: 1rem;
      }
      dialog {
        width: min(36rem, 95vw);
        padding: 1rem 1.5rem;
        border: none;
        border-radius: 0.5rem;
        box-shadow: 0 10px 30px rgb(0 0 0 / 30%);
      }
    `,
  ];

  /** Who is signed in, from the console's shell. */
  @property({ attribute: false }) me?: Me;

  /** The current instant (epoch milliseconds) for the calendars; now unless set. */
  @property({ attribute: false }) now?: number;

  @query('#create-dialog') private createDialog!: HTMLDialogElement;
  @query('bookafy-console-confirm-dialog') private confirm!: BookafyConsoleConfirmDialog;
  @query('#add-staff') private addButton!: HTMLButtonElement;

  @state() private staff: StaffMember[] = [];
  @state() private services: Service[] = [];
  @state() private selectedId?: string;
  @state() private creating = false;
  @state() private loading = true;
  @state() private showArchived = false;
  /** Whether the error is the plan's staff limit, which links to the plan page. */
  @state() private planLimit = false;
  @state() private status = '';
  @state() private error = '';

  private opener?: HTMLElement;

  /** When the page opened: the calendars' today unless `now` is set, fixed so renders agree. */
  private readonly openedAt = Date.now();

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /**
   * Reads the staff and services again; the first member not archived is open unless another
   * one was chosen.
   */
  async load(): Promise<void> {
    this.loading = true;
    try {
      [this.staff, this.services] = await Promise.all([
        listStaff(this.showArchived),
        listServices(),
      ]);
      const active = this.staff.filter((member) => member.archivedAt === null);
      if (!active.some((member) => member.id === this.selectedId)) {
        this.selectedId = active[0]?.id;
      }
      this.error = '';
      this.planLimit = false;
    } catch (error) {
      this.error = refusalText(error);
    } finally {
      this.loading = false;
    }
  }

  private async handleOpen(member: StaffMember) {
    this.selectedId = member.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#member-title')?.focus();
  }

  private async handleCreate(event: Event) {
    this.opener = event.currentTarget as HTMLElement;
    this.creating = true;
    await this.updateComplete;
    this.createDialog.showModal();
  }

  private async handleSaved(event: StaffSavedEvent) {
    const name = event.detail.name;
    this.status = msg(str`${name} is saved.`, { id: 'services.saved' });
    if (this.creating) this.selectedId = event.detail.id;
    await this.load();
    if (this.creating) this.createDialog.close();
  }

  private async handleArchive(member: StaffMember) {
    const name = member.name;
    const question = msg(
      str`Archive ${name}? They stop offering every service, so visitors can no longer book them; their bookings stay. Restoring them later brings back their hours, not their services.`,
      { id: 'staff.archiveQuestion' },
    );
    if (!(await this.confirm.ask(question, msg('Archive', { id: 'services.archive' })))) return;
    let refusal: unknown;
    await archiveStaff(member.id).catch((error: unknown) => (refusal = error));
    await this.load();
    // The member's section is gone with them, so focus moves to the page's first control, and
    // only then is the outcome announced, so that the move does not cut it off.
    await this.updateComplete;
    this.addButton.focus();
    if (refusal === undefined) {
      this.status = msg(str`${name} is archived.`, { id: 'services.archived' });
    } else {
      this.error = refusalText(refusal);
    }
  }

  private async handleRestore(member: StaffMember) {
    const name = member.name;
    try {
      await restoreStaff(member.id);
    } catch (error) {
      // Focus stays on the Restore button, which stays too.
      const planLimit = error instanceof ConsoleApiError && error.code === 'plan_limit_staff';
      this.error = planLimit ? await staffLimitRefusal() : refusalText(error);
      this.planLimit = planLimit;
      return;
    }
    this.selectedId = member.id;
    await this.load();
    // The member opens below the list, where their services are chosen again.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#member-title')?.focus();
    this.status = msg(
      str`${name} is restored. They offer no services until you choose them under Details.`,
      { id: 'staff.restored' },
    );
  }

  private async handleShowArchived(event: Event) {
    this.showArchived = (event.target as HTMLInputElement).checked;
    await this.load();
  }

  private handleDialogClose() {
    // A save whose services were refused has made the member already: list them.
    const made = this.createDialog.querySelector('bookafy-console-staff-form')?.createdMember;
    if (made && !this.staff.some((member) => member.id === made.id)) void this.load();
    this.creating = false;
    this.opener?.focus();
  }

  private renderRow(member: StaffMember) {
    const names = this.services
      .filter((service) => service.staffIds.includes(member.id))
      .map((service) => service.name);
    const current = member.id === this.selectedId;
    const name = member.name;
    return html`<tr data-staff-id=${member.id} aria-current=${current ? 'true' : 'false'}>
      <th scope="row">${name}${member.archivedAt ? this.renderArchivedTag() : nothing}</th>
      <td>${member.timeZone}</td>
      <td>${member.email ?? ''}</td>
      <td>${names.length ? new Intl.ListFormat(currentLocale()).format(names) : '—'}</td>
      <td>
        ${
          member.archivedAt
            ? html`<button
                type="button"
                aria-label=${msg(str`Restore ${name}`, { id: 'services.restoreLabel' })}
                @click=${() => this.handleRestore(member)}
              >
                ${msg('Restore', { id: 'services.restore' })}
              </button>`
            : html`<button
                type="button"
                aria-label=${msg(str`Hours and details of ${name}`, { id: 'staff.openLabel' })}
                @click=${() => this.handleOpen(member)}
              >
                ${msg('Hours and details', { id: 'staff.open' })}
              </button>`
        }
      </td>
    </tr>`;
  }

  private renderArchivedTag() {
    return html` <span class="archived"
      >${msg('(archived)', { id: 'services.archivedTag' })}</span
    >`;
  }

  private renderMember(member: StaffMember) {
    return html`<section class="member" aria-labelledby="member-title">
      <h3 id="member-title" tabindex="-1">${member.name}</h3>
      <button
        type="button"
        class="danger"
        aria-label=${msg(str`Archive ${member.name}`, { id: 'services.archiveLabel' })}
        @click=${() => this.handleArchive(member)}
      >
        ${msg('Archive', { id: 'services.archive' })}
      </button>
      <h4>${msg('Details', { id: 'staff.details' })}</h4>
      <bookafy-console-staff-form
        .member=${member}
        .services=${this.services}
        @bookafy-staff-saved=${this.handleSaved}
      ></bookafy-console-staff-form>
      <bookafy-console-staff-week
        staff-id=${member.id}
        time-zone=${member.timeZone}
      ></bookafy-console-staff-week>
      <bookafy-console-staff-schedule
        .member=${member}
        .now=${this.now ?? this.openedAt}
      ></bookafy-console-staff-schedule>
    </section>`;
  }

  override render() {
    const selected = this.staff.find((member) => member.id === this.selectedId);
    return html`
      <h2>${msg('Staff', { id: 'shell.page.staff' })}</h2>
      <div class="toolbar">
        <button id="add-staff" type="button" class="primary" @click=${this.handleCreate}>
          ${msg('Add staff member', { id: 'staff.create' })}
        </button>
        <label>
          <input type="checkbox" .checked=${this.showArchived} @change=${this.handleShowArchived} />
          ${msg('Show archived staff', { id: 'staff.showArchived' })}
        </label>
      </div>
      <p role="status">${this.status}</p>
      <p role="alert">${this.error}${this.planLimit ? html` ${planLimitLink()}` : nothing}</p>
      ${
        this.loading && this.staff.length === 0
          ? html`<p>${msg('Loading…', { id: 'agenda.loading' })}</p>`
          : nothing
      }
      ${
        !this.loading && this.staff.length === 0
          ? html`<p>${msg('No staff members yet.', { id: 'services.noStaff' })}</p>`
          : nothing
      }
      ${
        this.staff.length
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${msg('Name', { id: 'services.field.name' })}</th>
                  <th scope="col">${msg('Time zone', { id: 'staff.timeZone' })}</th>
                  <th scope="col">${msg('Email', { id: 'signIn.email' })}</th>
                  <th scope="col">${msg('Services', { id: 'shell.page.services' })}</th>
                  <th scope="col">
                    <span class="visually-hidden"
                      >${msg('Actions', { id: 'services.actions' })}</span
                    >
                  </th>
                </tr>
              </thead>
              <tbody>
                ${this.staff.map((member) => this.renderRow(member))}
              </tbody>
            </table>`
          : nothing
      }
      ${selected ? this.renderMember(selected) : nothing}
      <dialog id="create-dialog" aria-labelledby="create-title" @close=${this.handleDialogClose}>
        <h3 id="create-title">${msg('New staff member', { id: 'staff.newTitle' })}</h3>
        ${
          this.creating
            ? html`<bookafy-console-staff-form
                .services=${this.services}
                @bookafy-staff-saved=${this.handleSaved}
                @bookafy-form-cancel=${() => this.createDialog.close()}
              ></bookafy-console-staff-form>`
            : nothing
        }
      </dialog>
      <bookafy-console-confirm-dialog></bookafy-console-confirm-dialog>
    `;
  }
}
