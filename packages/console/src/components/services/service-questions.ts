import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import { QUESTION_KINDS, type QuestionKind } from '../../internal/services-api.js';
import {
  moveItem,
  newQuestion,
  QUESTION_LIMITS,
  questionProblems,
  type QuestionDraft,
} from '../../internal/services-questions.js';
import { pageStyles } from '../../styles/page.styles.js';
import { QuestionsChangeEvent } from './questions-change-event.js';

/** A question kind's name as the owner reads it. */
function kindName(kind: QuestionKind): string {
  switch (kind) {
    case 'text':
      return msg('Short text', { id: 'services.kind.text' });
    case 'longText':
      return msg('Long text', { id: 'services.kind.longText' });
    case 'select':
      return msg('Choice from a list', { id: 'services.kind.select' });
    case 'checkbox':
      return msg('Checkbox', { id: 'services.kind.checkbox' });
    case 'phone':
      return msg('Phone number', { id: 'services.kind.phone' });
  }
}

/**
 * @summary The booking questions of a service: add, remove and reorder them, each with its
 * label, kind, whether an answer is required, and a select question's choices.
 *
 * @event bookafy-questions-change - Any edit; `detail` is the whole new list.
 */
@localized()
export class BookafyConsoleServiceQuestions extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset {
        margin: 0 0 0.75rem;
        padding: 0.75rem 1rem;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      legend {
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
      }
      .row > div {
        display: flex;
        flex-direction: column;
      }
      .grow {
        flex: 1 1 16rem;
      }
      .error {
        margin: 0.25rem 0 0;
        color: #b91c1c;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
    `,
  ];

  /** The questions, in the order the booking form asks them. */
  @property({ attribute: false }) questions: QuestionDraft[] = [];

  /** Show every problem, not only those of questions the owner has touched. */
  @property({ type: Boolean, attribute: 'check-all' }) checkAll = false;

  /** Refusals by the API, by path within the list (`0.label`). */
  @property({ attribute: false }) apiErrors = new Map<string, string>();

  @state() private touched = new Set<number>();

  /** Which control to focus once the list has rendered again. */
  private focusAfterRender?: string;

  override updated() {
    if (!this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  private change(questions: QuestionDraft[]) {
    this.questions = questions;
    this.dispatchEvent(new QuestionsChangeEvent(questions));
  }

  private handleEdit(index: number, changes: Partial<QuestionDraft>) {
    const question = this.questions[index]!;
    this.touched = new Set(this.touched).add(question.key);
    this.change(this.questions.map((item, at) => (at === index ? { ...item, ...changes } : item)));
  }

  private handleAdd() {
    const question = newQuestion();
    this.focusAfterRender = `#label-${question.key}`;
    this.change([...this.questions, question]);
  }

  private handleRemove(index: number) {
    const next = this.questions[index + 1] ?? this.questions[index - 1];
    this.focusAfterRender = next ? `#label-${next.key}` : '#add';
    this.change(this.questions.filter((_, at) => at !== index));
  }

  private handleMove(index: number, by: -1 | 1) {
    const question = this.questions[index]!;
    const moved = moveItem(this.questions, index, by);
    const at = moved.indexOf(question);
    // At either end the button in that direction is disabled, so focus takes the other one.
    const atEnd = (by === -1 && at === 0) || (by === 1 && at === moved.length - 1);
    this.focusAfterRender = `#${(by === -1) !== atEnd ? 'up' : 'down'}-${question.key}`;
    this.change(moved);
  }

  private renderQuestion(question: QuestionDraft, index: number) {
    const { key } = question;
    const number = index + 1;
    const shown = this.checkAll || this.touched.has(key);
    const problems = shown ? questionProblems(question) : {};
    const labelError = this.apiErrors.get(`${index}.label`) ?? problems.label;
    const optionsError = this.apiErrors.get(`${index}.options`) ?? problems.options;
    const last = index === this.questions.length - 1;
    return html`<fieldset data-question=${key}>
      <legend>${msg(str`Question ${number}`, { id: 'services.questionNumber' })}</legend>
      <div class="row">
        <div class="grow">
          <label for="label-${key}">${msg('Question', { id: 'services.questionLabel' })}</label>
          <input
            id="label-${key}"
            .value=${question.label}
            aria-invalid=${labelError ? 'true' : 'false'}
            aria-describedby="label-error-${key}"
            @input=${(event: InputEvent) =>
              this.handleEdit(index, { label: (event.target as HTMLInputElement).value })}
          />
          <p class="error" id="label-error-${key}">${labelError ?? ''}</p>
        </div>
        <div>
          <label for="kind-${key}">${msg('Answer', { id: 'services.questionKind' })}</label>
          <select
            id="kind-${key}"
            @change=${(event: Event) =>
              this.handleEdit(index, {
                kind: (event.target as HTMLSelectElement).value as QuestionKind,
              })}
          >
            ${QUESTION_KINDS.map(
              (kind) =>
                html`<option value=${kind} ?selected=${kind === question.kind}>
                  ${kindName(kind)}
                </option>`,
            )}
          </select>
        </div>
        <div>
          <label>
            <input
              type="checkbox"
              .checked=${question.required}
              @change=${(event: Event) =>
                this.handleEdit(index, { required: (event.target as HTMLInputElement).checked })}
            />
            ${msg('Required', { id: 'services.questionRequired' })}
          </label>
        </div>
      </div>
      ${
        question.kind === 'select'
          ? html`<label for="options-${key}"
                >${msg('Choices, one per line', { id: 'services.questionOptions' })}</label
              >
              <textarea
                id="options-${key}"
                rows="3"
                .value=${question.options}
                aria-invalid=${optionsError ? 'true' : 'false'}
                aria-describedby="options-error-${key}"
                @input=${(event: InputEvent) =>
                  this.handleEdit(index, { options: (event.target as HTMLTextAreaElement).value })}
              ></textarea>
              <p class="error" id="options-error-${key}">${optionsError ?? ''}</p>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          id="up-${key}"
          ?disabled=${index === 0}
          aria-label=${msg(str`Move question ${number} up`, { id: 'services.questionUp' })}
          @click=${() => this.handleMove(index, -1)}
        >
          ${msg('Up', { id: 'services.moveUp' })}
        </button>
        <button
          type="button"
          id="down-${key}"
          ?disabled=${last}
          aria-label=${msg(str`Move question ${number} down`, { id: 'services.questionDown' })}
          @click=${() => this.handleMove(index, 1)}
        >
          ${msg('Down', { id: 'services.moveDown' })}
        </button>
        <button
          type="button"
          class="danger"
          aria-label=${msg(str`Remove question ${number}`, { id: 'services.questionRemove' })}
          @click=${() => this.handleRemove(index)}
        >
          ${msg('Remove', { id: 'services.remove' })}
        </button>
      </div>
    </fieldset>`;
  }

  override render() {
    return html`
      ${
        this.questions.length === 0
          ? html`<p class="hint">
              ${msg('Visitors give their name and email; add questions to ask for more.', {
                id: 'services.noQuestions',
              })}
            </p>`
          : nothing
      }
      ${repeat(
        this.questions,
        (question) => question.key,
        (question, index) => this.renderQuestion(question, index),
      )}
      <button
        type="button"
        id="add"
        ?disabled=${this.questions.length >= QUESTION_LIMITS.questions}
        @click=${this.handleAdd}
      >
        ${msg('Add a question', { id: 'services.addQuestion' })}
      </button>
    `;
  }
}
