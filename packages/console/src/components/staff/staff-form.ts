import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { ConsoleApiError } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import type { Service } from '../../internal/services-api.js';
import {
  createStaff,
  setServicesOf,
  updateStaff,
  type StaffMember,
} from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import { FormCancelEvent } from '../services/form-cancel-event.js';
import { planLimitLink, staffLimitRefusal } from './plan-limit-text.js';
import { StaffSavedEvent } from './staff-saved-event.js';

/** The fields of the form, named as the API names them. */
type StaffField = 'name' | 'email' | 'timeZone';

/** Why a field's value is refused before it is sent, or `''`. */
function problemOf(field: StaffField, value: string): string {
  if (field === 'name' && value.trim() === '') {
    return msg('Enter a name.', { id: 'services.nameMissing' });
  }
  if (field === 'name' && value.trim().length > 200) {
    return msg('Use at most 200 characters.', { id: 'services.nameLong' });
  }
  if (field === 'timeZone' && value === '') {
    return msg('Choose a time zone.', { id: 'staff.zoneMissing' });
  }
  if (field === 'email' && value.trim() !== '' && !/^[^\s@]+@[^\s@]+$/.test(value.trim())) {
    return msg('Enter an email address such as mira@studio.example.', { id: 'staff.emailShape' });
  }
  return '';
}

/** The ids the API refused at `serviceIds.<n>` of a request that sent `sent`, in that order. */
function refusedServiceIds(error: ConsoleApiError, sent: readonly string[]): string[] {
  return [...error.fieldErrors.keys()].flatMap((path) => {
    const index = /^serviceIds\.(\d+)$/.exec(path)?.[1];
    const serviceId = index === undefined ? undefined : sent[Number(index)];
    return serviceId === undefined ? [] : [serviceId];
  });
}

/**
 * @summary A staff member's name, email, time zone and the services they offer; a new member is
 * created with POST, an existing one changed with PATCH, and the services offered are set with
 * one PUT, which changes all of them or none. A service the API refuses (archived meanwhile,
 * say) is named in the alert and marked invalid. A refusal because the plan allows no
 * more staff members names the plan's limit, read from the API, and points to the plan page.
 *
 * @event bookafy-staff-saved - The API accepted the details; `detail` is the staff member.
 * @event bookafy-form-cancel - The owner left a new member's form without saving.
 */
@localized()
export class BookafyConsoleStaffForm extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .field {
        display: flex;
        flex-direction: column;
        max-width: 24rem;
        margin-bottom: 0.5rem;
      }
      .field p {
        margin: 0.125rem 0 0;
      }
      .error {
        color: #b91c1c;
      }
      fieldset {
        margin: 0 0 1rem;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      .choice {
        display: block;
        font-weight: normal;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
      }
    `,
  ];

  /** The staff member to change; a new one when left unset. */
  @property({ attribute: false }) member?: StaffMember;

  /** The account's services, to choose which ones the member offers. */
  @property({ attribute: false }) services: Service[] = [];

  /** Every zone the browser knows. */
  private readonly zones = Intl.supportedValuesOf('timeZone');

  @state() private values: Record<StaffField, string> = { name: '', email: '', timeZone: '' };
  @state() private serviceIds: string[] = [];
  @state() private refusedServices: string[] = [];
  @state() private problems: Partial<Record<StaffField, string>> = {};
  @state() private alert = '';
  @state() private planLimit = false;
  @state() private busy = false;
  /**
   * The member a save of this form created while the services it also sent were refused: a
   * second save changes that member instead of creating another.
   */
  private created?: StaffMember;

  /** The member this form's saves created, if one was. */
  get createdMember(): StaffMember | undefined {
    return this.created;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('member')) {
      this.created = undefined;
      const member = this.member;
      this.values = {
        name: member?.name ?? '',
        email: member?.email ?? '',
        timeZone: member?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      };
      this.problems = {};
      this.alert = '';
      this.planLimit = false;
      this.refusedServices = [];
    }
    if (changed.has('member') || changed.has('services')) {
      const id = this.member?.id;
      this.serviceIds = id
        ? this.services.filter((service) => service.staffIds.includes(id)).map((s) => s.id)
        : [];
    }
  }

  private handleInput(field: StaffField, value: string) {
    this.values = { ...this.values, [field]: value };
    this.problems = { ...this.problems, [field]: problemOf(field, value) };
  }

  private handleService(serviceId: string, offers: boolean) {
    const others = this.serviceIds.filter((id) => id !== serviceId);
    this.serviceIds = offers ? [...others, serviceId] : others;
  }

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const fields: StaffField[] = ['name', 'email', 'timeZone'];
    this.problems = Object.fromEntries(
      fields.map((field) => [field, problemOf(field, this.values[field])]),
    );
    this.planLimit = false;
    this.refusedServices = [];
    if (fields.some((field) => this.problems[field])) {
      this.alert = msg('Some details need correcting; see the marked fields.', {
        id: 'staff.fixFields',
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }

    this.busy = true;
    this.alert = '';
    const details = {
      name: this.values.name.trim(),
      email: this.values.email.trim() || null,
      timeZone: this.values.timeZone,
    };
    const serviceIds = [...this.serviceIds];
    try {
      const existing = this.member ?? this.created;
      const saved = existing ? await updateStaff(existing.id, details) : await createStaff(details);
      if (!existing) this.created = saved;
      await setServicesOf(saved.id, serviceIds);
      this.dispatchEvent(new StaffSavedEvent(saved));
    } catch (error) {
      await this.showRefusal(error, serviceIds);
    } finally {
      this.busy = false;
    }
  }

  private async showRefusal(error: unknown, sentServiceIds: readonly string[]) {
    if (error instanceof ConsoleApiError && error.code === 'plan_limit_staff') {
      this.alert = await staffLimitRefusal();
      this.planLimit = true;
      return;
    }
    const refused =
      error instanceof ConsoleApiError ? refusedServiceIds(error, sentServiceIds) : [];
    if (refused.length > 0) {
      const names = refused.map(
        (id) => this.services.find((service) => service.id === id)?.name ?? id,
      );
      const list = new Intl.ListFormat(currentLocale()).format(names);
      this.alert = msg(
        str`The services offered were not changed. No longer available, perhaps archived meanwhile: ${list}. Reload the page to see the current services.`,
        { id: 'staff.servicesRefused' },
      );
      this.refusedServices = refused;
      return;
    }
    this.alert = refusalText(error);
    if (!(error instanceof ConsoleApiError)) return;
    const problems = { ...this.problems };
    for (const [path, message] of error.fieldErrors) {
      if (path === 'name' || path === 'email' || path === 'timeZone') problems[path] = message;
    }
    this.problems = problems;
  }

  private renderInput(field: 'name' | 'email', label: string, type = 'text') {
    const problem = this.problems[field] ?? '';
    return html`<div class="field">
      <label for="staff-${field}">${label}</label>
      <input
        id="staff-${field}"
        name=${field}
        type=${type}
        autocomplete="off"
        .value=${this.values[field]}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby="staff-${field}-error"
        @input=${(event: Event) =>
          this.handleInput(field, (event.target as HTMLInputElement).value)}
      />
      <p class="error" id="staff-${field}-error">${problem}</p>
    </div>`;
  }

  override render() {
    const zone = this.values.timeZone;
    // A zone the browser does not list (an old alias) still shows as the member's own.
    const zones = this.zones.includes(zone) ? this.zones : [zone, ...this.zones];
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${this.renderInput('name', msg('Name', { id: 'services.field.name' }))}
      ${this.renderInput(
        'email',
        msg('Email for booking messages (optional)', { id: 'staff.email' }),
        'email',
      )}
      <div class="field">
        <label for="staff-timeZone">${msg('Time zone', { id: 'staff.timeZone' })}</label>
        <select
          id="staff-timeZone"
          name="timeZone"
          aria-invalid=${this.problems.timeZone ? 'true' : 'false'}
          aria-describedby="staff-timeZone-hint staff-timeZone-error"
          @change=${(event: Event) =>
            this.handleInput('timeZone', (event.target as HTMLSelectElement).value)}
        >
          ${zones.map(
            (option) =>
              html`<option value=${option} ?selected=${option === zone}>${option}</option>`,
          )}
        </select>
        <p class="hint" id="staff-timeZone-hint">
          ${msg('Working hours and date overrides are wall-clock times in this zone.', {
            id: 'staff.zoneHint',
          })}
        </p>
        <p class="error" id="staff-timeZone-error">${this.problems.timeZone ?? ''}</p>
      </div>
      <fieldset>
        <legend>${msg('Services offered', { id: 'staff.servicesOffered' })}</legend>
        ${this.services.map(
          (service) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name="serviceIds"
                value=${service.id}
                .checked=${this.serviceIds.includes(service.id)}
                aria-invalid=${this.refusedServices.includes(service.id) ? 'true' : 'false'}
                @change=${(event: Event) =>
                  this.handleService(service.id, (event.target as HTMLInputElement).checked)}
              />
              ${service.name}
            </label>`,
        )}
      </fieldset>
      <div role="alert">${this.alert} ${this.planLimit ? planLimitLink() : nothing}</div>
      <div class="buttons">
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${
            this.member
              ? msg('Save details', { id: 'staff.saveDetails' })
              : msg('Add staff member', { id: 'staff.create' })
          }
        </button>
        ${
          this.member
            ? nothing
            : html`<button type="button" @click=${() => this.dispatchEvent(new FormCancelEvent())}>
                ${msg('Cancel', { id: 'services.cancel' })}
              </button>`
        }
      </div>
    </form>`;
  }
}
