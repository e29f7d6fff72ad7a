import type { QuestionDraft } from '../../internal/services-questions.js';

/** Fired when the owner edits, adds, removes or moves a booking question; `detail` is all. */
export class QuestionsChangeEvent extends CustomEvent<QuestionDraft[]> {
  constructor(questions: QuestionDraft[]) {
    super('bookafy-questions-change', { detail: questions, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-questions-change': QuestionsChangeEvent;
  }
}
