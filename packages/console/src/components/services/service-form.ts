import { localized, msg } from '@lit/localize';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { ConsoleApiError } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { createService, updateService, type Service } from '../../internal/services-api.js';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  fieldProblem,
  NUMBER_FIELDS,
  settingsOf,
  type ServiceDraft,
} from '../../internal/services-draft.js';
import { questionsGood } from '../../internal/services-questions.js';
import type { StaffMember } from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import { FormCancelEvent } from './form-cancel-event.js';
import type { QuestionsChangeEvent } from './questions-change-event.js';
import { refusalLine, renderField, serviceFieldLabel } from './service-fields.js';
import { ServiceSavedEvent } from './service-saved-event.js';

/** The API's name of a setting where the form's draft names it differently. */
const DRAFT_FIELD_OF: Record<string, keyof ServiceDraft> = {
  alternativeDurationsMinutes: 'alternativeDurations',
};

/**
 * @summary Every setting of a service (durations, buffers, notice, horizon, interval, seats,
 * limits, confirmation, zone shown, position, staff, booking questions), checked as the owner
 * types, saved with POST for a new service and PATCH for an existing one. There is no price,
 * because the API stores none.
 *
 * @event bookafy-service-saved - The API accepted the settings; `detail` is the service.
 * @event bookafy-form-cancel - The owner left without saving.
 */
@localized()
export class BookafyConsoleServiceForm extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset {
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      legend {
        font-weight: 600;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      .field {
        display: flex;
        flex-direction: column;
      }
      .field p {
        margin: 0.125rem 0 0.5rem;
      }
      .error {
        color: #b91c1c;
      }
      .choice {
        display: block;
        margin: 0.25rem 0;
        font-weight: normal;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
      }
    `,
  ];

  /** The service to edit; a new one when left unset. */
  @property({ attribute: false }) service?: Service;

  /** The account's staff members, to choose who offers the service. */
  @property({ attribute: false }) staff: StaffMember[] = [];

  @state() private draft: ServiceDraft = emptyDraft();
  @state() private problems = new Map<keyof ServiceDraft, string>();
  @state() private questionErrors = new Map<string, string>();
  @state() private checkAll = false;
  @state() private alert = '';
  @state() private refusals: string[] = [];
  @state() private busy = false;

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('service')) return;
    this.draft = this.service ? draftOf(this.service) : emptyDraft();
    this.problems = new Map();
    this.questionErrors = new Map();
    this.checkAll = false;
    this.alert = '';
    this.refusals = [];
  }

  private readonly handleField = (field: keyof ServiceDraft, value: string) => {
    this.draft = { ...this.draft, [field]: value };
    const problems = new Map(this.problems);
    const problem = fieldProblem(field, this.draft);
    if (problem) problems.set(field, problem);
    else problems.delete(field);
    this.problems = problems;
  };

  private handleStaff(staffId: string, offers: boolean) {
    const others = this.draft.staffIds.filter((id) => id !== staffId);
    this.draft = { ...this.draft, staffIds: offers ? [...others, staffId] : others };
  }

  private handleQuestions(event: QuestionsChangeEvent) {
    this.draft = { ...this.draft, questions: event.detail };
    this.questionErrors = new Map();
  }

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.problems = draftProblems(this.draft);
    this.checkAll = true;
    this.refusals = [];
    if (this.problems.size > 0 || !questionsGood(this.draft.questions)) {
      this.alert = msg('Some settings need correcting; see the marked fields.', {
        id: 'services.fixFields',
      });
      await this.focusFirstProblem();
      return;
    }

    this.busy = true;
    this.alert = '';
    try {
      const settings = settingsOf(this.draft);
      const saved = this.service
        ? await updateService(this.service.id, settings)
        : await createService(settings);
      this.dispatchEvent(new ServiceSavedEvent(saved));
    } catch (error) {
      this.showRefusal(error);
    } finally {
      this.busy = false;
    }
  }

  /** Shows the API's refusal: its detail, and each field error beside its field and in a list. */
  private showRefusal(error: unknown) {
    this.alert = refusalText(error);
    if (!(error instanceof ConsoleApiError)) return;
    const problems = new Map(this.problems);
    const questionErrors = new Map<string, string>();
    this.refusals = [...error.fieldErrors].map(([path, message]) => {
      const [head = '', ...rest] = path.split('.');
      if (head === 'questions' && rest.length > 0) {
        questionErrors.set(rest.join('.'), message);
        return refusalLine(serviceFieldLabel('questions'), message);
      }
      const field = DRAFT_FIELD_OF[head] ?? (head as keyof ServiceDraft);
      problems.set(field, message);
      return refusalLine(serviceFieldLabel(field), message);
    });
    this.problems = problems;
    this.questionErrors = questionErrors;
  }

  private async focusFirstProblem() {
    await this.updateComplete;
    const own = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (own) return own.focus();
    const questions = this.renderRoot.querySelector('bookafy-console-service-questions');
    await questions?.updateComplete;
    questions?.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private field(field: keyof ServiceDraft, numeric = field in NUMBER_FIELDS, multiline = false) {
    return renderField({
      field,
      value: String(this.draft[field]),
      problem: this.problems.get(field),
      onInput: this.handleField,
      numeric,
      multiline,
    });
  }

  private renderChoices() {
    const { draft } = this;
    const display = (value: ServiceDraft['timeZoneDisplay'], label: string) =>
      html`<label class="choice">
        <input
          type="radio"
          name="timeZoneDisplay"
          value=${value}
          .checked=${draft.timeZoneDisplay === value}
          @change=${() => (this.draft = { ...this.draft, timeZoneDisplay: value })}
        />
        ${label}
      </label>`;
    return html`<fieldset>
        <legend>${serviceFieldLabel('timeZoneDisplay')}</legend>
        ${display('visitor', msg("In the visitor's own time zone", { id: 'services.zoneVisitor' }))}
        ${display(
          'business',
          msg("Always in the business's time zone (in person)", { id: 'services.zoneBusiness' }),
        )}
      </fieldset>
      <fieldset>
        <legend>${serviceFieldLabel('staffIds')}</legend>
        ${
          this.staff.length === 0
            ? html`<p class="hint">${msg('No staff members yet.', { id: 'services.noStaff' })}</p>`
            : this.staff.map(
                (member) =>
                  html`<label class="choice">
                    <input
                      type="checkbox"
                      name="staffIds"
                      value=${member.id}
                      .checked=${draft.staffIds.includes(member.id)}
                      @change=${(event: Event) =>
                        this.handleStaff(member.id, (event.target as HTMLInputElement).checked)}
                    />
                    ${member.name}
                  </label>`,
              )
        }
      </fieldset>`;
  }

  override render() {
    return html`<form novalidate @submit=${this.handleSubmit}>
      <fieldset>
        <legend>${msg('About the service', { id: 'services.about' })}</legend>
        ${this.field('name', false)} ${this.field('description', false, true)}
        ${this.field('position')}
      </fieldset>
      <fieldset>
        <legend>${msg('Length and timing', { id: 'services.timing' })}</legend>
        <div class="grid">
          ${this.field('durationMinutes')} ${this.field('alternativeDurations', true)}
          ${this.field('intervalMinutes')} ${this.field('bufferBeforeMinutes')}
          ${this.field('bufferAfterMinutes')} ${this.field('minimumNoticeMinutes')}
          ${this.field('horizonDays')}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Seats and limits', { id: 'services.limits' })}</legend>
        <div class="grid">
          ${this.field('capacity')} ${this.field('maxPerDay')} ${this.field('maxPerWeek')}
        </div>
        <label class="choice">
          <input
            type="checkbox"
            name="requiresConfirmation"
            .checked=${this.draft.requiresConfirmation}
            @change=${(event: Event) =>
              (this.draft = {
                ...this.draft,
                requiresConfirmation: (event.target as HTMLInputElement).checked,
              })}
          />
          ${serviceFieldLabel('requiresConfirmation')}
        </label>
      </fieldset>
      ${this.renderChoices()}
      <fieldset>
        <legend>${serviceFieldLabel('questions')}</legend>
        <bookafy-console-service-questions
          .questions=${this.draft.questions}
          .apiErrors=${this.questionErrors}
          ?check-all=${this.checkAll}
          @bookafy-questions-change=${this.handleQuestions}
        ></bookafy-console-service-questions>
      </fieldset>
      <div role="alert">
        ${this.alert ? html`<p>${this.alert}</p>` : ''}
        ${
          this.refusals.length > 0
            ? html`<ul>
                ${this.refusals.map((line) => html`<li>${line}</li>`)}
              </ul>`
            : ''
        }
      </div>
      <div class="buttons">
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${msg('Save service', { id: 'services.save' })}
        </button>
        <button type="button" @click=${() => this.dispatchEvent(new FormCancelEvent())}>
          ${msg('Cancel', { id: 'services.cancel' })}
        </button>
      </div>
    </form>`;
  }
}
