import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import type { Me } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import {
  archiveService,
  listServices,
  restoreService,
  type Service,
} from '../../internal/services-api.js';
import { durationsText, settingsSummary } from '../../internal/services-summary.js';
import { listStaff, type StaffMember } from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { ServiceSavedEvent } from './service-saved-event.js';
import { servicesPageStyles } from './services-page.styles.js';

/**
 * @summary The account's services with their durations and key settings; "New service" and
 * "Edit" open every setting in a dialog, "Archive" (after a confirmation) stops offering a
 * service while keeping its bookings, and "Restore" offers an archived one again.
 */
@localized()
export class BookafyConsoleServices extends LitElement {
  static override styles = [pageStyles, servicesPageStyles];

  /** Who is signed in, from the console's shell. */
  @property({ attribute: false }) me?: Me;

  @query('#edit-dialog') private editDialog!: HTMLDialogElement;
  @query('#archive-dialog') private archiveDialog!: HTMLDialogElement;

  @state() private services: Service[] = [];
  @state() private staff: StaffMember[] = [];
  @state() private loading = true;
  @state() private showArchived = false;
  @state() private status = '';
  @state() private error = '';
  /** The service open in the dialog: `null` for a new one, `undefined` while closed. */
  @state() private editing: Service | null | undefined;
  @state() private archiving?: Service;

  /** The button that opened a dialog, which gets focus back when it closes. */
  private opener?: HTMLElement;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the services and staff again. */
  async load(): Promise<void> {
    this.loading = true;
    try {
      [this.services, this.staff] = await Promise.all([
        listServices(this.showArchived),
        listStaff(),
      ]);
      this.error = '';
    } catch (error) {
      this.error = refusalText(error);
    } finally {
      this.loading = false;
    }
  }

  private async handleOpen(event: Event, service: Service | null) {
    this.opener = event.currentTarget as HTMLElement;
    this.editing = service;
    await this.updateComplete;
    this.editDialog.showModal();
    const form = this.renderRoot.querySelector('bookafy-console-service-form');
    await form?.updateComplete;
    form?.shadowRoot?.querySelector<HTMLElement>('#field-name')?.focus();
  }

  private handleDialogClose() {
    this.editing = undefined;
    this.archiving = undefined;
    this.opener?.focus();
  }

  private async handleSaved(event: ServiceSavedEvent) {
    const name = event.detail.name;
    this.status = msg(str`${name} is saved.`, { id: 'services.saved' });
    this.editDialog.close();
    await this.load();
  }

  private async handleAskArchive(event: Event, service: Service) {
    this.opener = event.currentTarget as HTMLElement;
    this.archiving = service;
    await this.updateComplete;
    this.archiveDialog.showModal();
  }

  private async handleArchive() {
    const service = this.archiving;
    if (!service) return;
    try {
      await archiveService(service.id);
      const name = service.name;
      this.status = msg(str`${name} is archived.`, { id: 'services.archived' });
      // The row and its button leave the list, so focus goes to the page's first action.
      this.opener = this.renderRoot.querySelector<HTMLElement>('#new') ?? undefined;
    } catch (error) {
      this.error = refusalText(error);
    }
    this.archiveDialog.close();
    await this.load();
  }

  private async handleRestore(service: Service) {
    try {
      await restoreService(service.id);
    } catch (error) {
      // Focus stays on the Restore button, which stays too.
      this.error = refusalText(error);
      return;
    }
    this.error = '';
    await this.load();
    // The Restore button leaves the row, so focus goes to the row's Edit button, which stays.
    await this.updateComplete;
    const row = this.renderRoot.querySelector(`tr[data-service-id="${service.id}"]`);
    row?.querySelector<HTMLElement>('button.edit')?.focus();
    const name = service.name;
    this.status = msg(str`${name} is restored.`, { id: 'services.restored' });
  }

  private async handleShowArchived(event: Event) {
    this.showArchived = (event.target as HTMLInputElement).checked;
    await this.load();
  }

  private renderRow(service: Service, locale: string) {
    const name = service.name;
    const staffNames = this.staff
      .filter((member) => service.staffIds.includes(member.id))
      .map((member) => member.name);
    return html`<tr data-service-id=${service.id}>
      <th scope="row">
        ${name}
        ${
          service.archivedAt
            ? html`<span class="archived"
                >${msg('(archived)', { id: 'services.archivedTag' })}</span
              >`
            : nothing
        }
      </th>
      <td>${durationsText(service, locale)}</td>
      <td class="settings">${settingsSummary(service, locale).join(' · ')}</td>
      <td>
        ${
          staffNames.length
            ? new Intl.ListFormat(locale).format(staffNames)
            : msg('nobody yet', { id: 'services.nobody' })
        }
      </td>
      <td class="actions">
        <button
          type="button"
          class="edit"
          aria-label=${msg(str`Edit ${name}`, { id: 'services.editLabel' })}
          @click=${(event: Event) => this.handleOpen(event, service)}
        >
          ${msg('Edit', { id: 'services.edit' })}
        </button>
        ${
          service.archivedAt
            ? html`<button
                type="button"
                aria-label=${msg(str`Restore ${name}`, { id: 'services.restoreLabel' })}
                @click=${() => this.handleRestore(service)}
              >
                ${msg('Restore', { id: 'services.restore' })}
              </button>`
            : html`<button
                type="button"
                class="danger"
                aria-label=${msg(str`Archive ${name}`, { id: 'services.archiveLabel' })}
                @click=${(event: Event) => this.handleAskArchive(event, service)}
              >
                ${msg('Archive', { id: 'services.archive' })}
              </button>`
        }
      </td>
    </tr>`;
  }

  private renderDialogs() {
    const editing = this.editing;
    const archivingName = this.archiving?.name ?? '';
    return html`<dialog
        id="edit-dialog"
        aria-labelledby="edit-title"
        @close=${this.handleDialogClose}
      >
        <h3 id="edit-title">
          ${
            editing
              ? msg(str`Edit ${editing.name}`, { id: 'services.editLabel' })
              : msg('New service', { id: 'services.new' })
          }
        </h3>
        ${
          editing === undefined
            ? nothing
            : html`<bookafy-console-service-form
                .service=${editing ?? undefined}
                .staff=${this.staff}
                @bookafy-service-saved=${this.handleSaved}
                @bookafy-form-cancel=${() => this.editDialog.close()}
              ></bookafy-console-service-form>`
        }
      </dialog>
      <dialog
        id="archive-dialog"
        role="alertdialog"
        aria-labelledby="archive-title"
        aria-describedby="archive-text"
        @close=${this.handleDialogClose}
      >
        <h3 id="archive-title">
          ${msg(str`Archive ${archivingName}?`, { id: 'services.archiveTitle' })}
        </h3>
        <p id="archive-text">
          ${msg(
            'Visitors can no longer book it. Its bookings stay, and you can restore it later under "Show archived services".',
            { id: 'services.archiveText' },
          )}
        </p>
        <!-- Keeping comes first, so the dialog's first focus is the harmless choice. -->
        <button type="button" @click=${() => this.archiveDialog.close()}>
          ${msg('Keep it', { id: 'services.keep' })}
        </button>
        <button type="button" class="danger" @click=${this.handleArchive}>
          ${msg('Archive', { id: 'services.archive' })}
        </button>
      </dialog>`;
  }

  override render() {
    const locale = currentLocale();
    return html`
      <h2>${msg('Services', { id: 'shell.page.services' })}</h2>
      <div class="toolbar">
        <button
          type="button"
          id="new"
          class="primary"
          @click=${(event: Event) => this.handleOpen(event, null)}
        >
          ${msg('New service', { id: 'services.new' })}
        </button>
        <label>
          <input type="checkbox" .checked=${this.showArchived} @change=${this.handleShowArchived} />
          ${msg('Show archived services', { id: 'services.showArchived' })}
        </label>
      </div>
      <p role="status">${this.status}</p>
      <p role="alert">${this.error}</p>
      ${
        this.loading && this.services.length === 0
          ? html`<p>${msg('Loading…', { id: 'agenda.loading' })}</p>`
          : nothing
      }
      ${
        !this.loading && this.services.length === 0
          ? html`<p>${msg('No services yet.', { id: 'services.empty' })}</p>`
          : nothing
      }
      ${
        this.services.length > 0
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${msg('Name', { id: 'services.field.name' })}</th>
                  <th scope="col">${msg('Duration', { id: 'services.duration' })}</th>
                  <th scope="col">${msg('Settings', { id: 'services.settings' })}</th>
                  <th scope="col">${msg('Staff', { id: 'shell.page.staff' })}</th>
                  <th scope="col">
                    <span class="visually-hidden"
                      >${msg('Actions', {
                        id: 'services.actions',
                      })}</span
                    >
                  </th>
                </tr>
              </thead>
              <tbody>
                ${this.services.map((service) => this.renderRow(service, locale))}
              </tbody>
            </table>`
          : nothing
      }
      ${this.renderDialogs()}
    `;
  }
}
