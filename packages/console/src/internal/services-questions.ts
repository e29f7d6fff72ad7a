import { msg } from '@lit/localize';

import type { QuestionKind, ServiceQuestion } from './services-api.js';

/** The most questions one service asks, and the most choices one select question offers. */
export const QUESTION_LIMITS = { questions: 20, options: 50 } as const;

/** A booking question as the editor holds it while the owner types. */
export interface QuestionDraft {
  /** Tells the editor's rows apart while they move; never sent. */
  key: number;
  /** The stored id (the answer's key), or `''` for a question not saved yet. */
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** A select question's choices, one per line. */
  options: string;
}

/** Why a question cannot be saved: its label, or its choices. */
export interface QuestionProblems {
  label?: string;
  options?: string;
}

let nextKey = 1;

/** A new, empty question of `kind`. */
export function newQuestion(kind: QuestionKind = 'text'): QuestionDraft {
  return { key: nextKey++, id: '', label: '', kind, required: false, options: '' };
}

/** The drafts of stored questions. */
export function draftsOfQuestions(questions: readonly ServiceQuestion[]): QuestionDraft[] {
  return questions.map((question) => ({
    key: nextKey++,
    id: question.id,
    label: question.label,
    kind: question.kind,
    required: question.required,
    options: (question.options ?? []).join('\n'),
  }));
}

const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((option) => option.trim())
    .filter(Boolean);

/**
 * An answer key made from a label: lower-case ASCII letters, digits and `_`, starting with a
 * letter, at most 40 characters, and unlike every key in `taken`.
 */
export function questionIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      // Accents split off by NFKD are dropped, so "Téléphone" becomes "telephone".
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 34) || 'question';
  let id = base;
  for (let count = 2; taken.has(id); count++) id = `${base}_${count}`;
  return id;
}

/** The questions to store: new ones get a key made from their label, kept from then on. */
export function questionsOfDrafts(drafts: readonly QuestionDraft[]): ServiceQuestion[] {
  const taken = new Set(drafts.map((draft) => draft.id).filter(Boolean));
  return drafts.map((draft) => {
    let id = draft.id;
    if (!id) {
      id = questionIdFor(draft.label, taken);
      taken.add(id);
    }
    const question: ServiceQuestion = {
      id,
      label: draft.label.trim(),
      kind: draft.kind,
      required: draft.required,
    };
    if (draft.kind === 'select') question.options = optionsOf(draft.options);
    return question;
  });
}

/** What keeps each question from being saved; an empty object for a good one. */
export function questionProblems(draft: QuestionDraft): QuestionProblems {
  const problems: QuestionProblems = {};
  const label = draft.label.trim();
  if (label === '') problems.label = msg('Enter the question.', { id: 'services.labelMissing' });
  else if (label.length > 200) {
    problems.label = msg('Use at most 200 characters.', { id: 'services.nameLong' });
  }
  if (draft.kind === 'select') {
    const options = optionsOf(draft.options);
    if (options.length === 0 || options.length > QUESTION_LIMITS.options) {
      problems.options = msg('Give 1 to 50 choices, one per line.', {
        id: 'services.optionsCount',
      });
    } else if (new Set(options).size !== options.length) {
      problems.options = msg('List each choice once.', { id: 'services.optionsRepeat' });
    } else if (options.some((option) => option.length > 200)) {
      problems.options = msg('Keep each choice to 200 characters.', { id: 'services.optionLong' });
    }
  }
  return problems;
}

/** Whether every question can be saved. */
export const questionsGood = (drafts: readonly QuestionDraft[]) =>
  drafts.length <= QUESTION_LIMITS.questions &&
  drafts.every((draft) => Object.keys(questionProblems(draft)).length === 0);

/** The list with the item at `index` moved `by` places (clamped to the list's ends). */
export function moveItem<T>(items: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(to, 0, item as T);
  return moved;
}
