import type { Answers, ServiceQuestion } from '@bookafy/core';

import { ApiProblem, ProblemCode } from '../problem.js';
import { PHONE_PATTERN } from '../schemas/phone.js';

/** The longest answer each kind of text question takes. */
const MAX_TEXT_LENGTH = { text: 500, longText: 4000 } as const;

/** Why one answer does not fit its question, or `undefined` when it does. */
function answerProblem(question: ServiceQuestion, value: string | boolean): string | undefined {
  if (question.kind === 'checkbox') {
    if (typeof value !== 'boolean') return 'Expected true or false.';
    return question.required && !value ? 'Tick this box to book.' : undefined;
  }
  if (typeof value !== 'string') return 'Expected text.';
  if (question.kind === 'select' && !question.options?.includes(value)) {
    return `Expected one of: ${question.options?.join(', ')}.`;
  }
  if (question.kind === 'phone' && !PHONE_PATTERN.test(value)) {
    return 'Enter a phone number, such as +49 30 1234567.';
  }
  if (question.kind === 'text' || question.kind === 'longText') {
    const max = MAX_TEXT_LENGTH[question.kind];
    if (value.length > max) return `Use at most ${max} characters.`;
  }
  return undefined;
}

/**
 * The visitor's answers checked against the service's questions: every required question
 * answered, each answer of its question's kind, and no answer to a question the service does not
 * ask. Text is trimmed, and an optional question answered with blank text counts as unanswered.
 * A refusal is 422 `invalid_answers` with one error per answer, at `answers.<id>`.
 */
export function checkAnswers(questions: ServiceQuestion[], answers: Answers = {}): Answers {
  const errors: { path: string; message: string }[] = [];
  const checked: Answers = {};
  const asked = new Map(questions.map((question) => [question.id, question]));

  for (const id of Object.keys(answers)) {
    if (!asked.has(id)) errors.push({ path: `answers.${id}`, message: 'Not a question here.' });
  }
  for (const question of questions) {
    const given = answers[question.id];
    const value = typeof given === 'string' ? given.trim() : given;
    if (value === undefined || value === '') {
      if (question.required) {
        errors.push({ path: `answers.${question.id}`, message: 'Answer this question.' });
      }
      continue;
    }
    const problem = answerProblem(question, value);
    if (problem) errors.push({ path: `answers.${question.id}`, message: problem });
    else checked[question.id] = value;
  }

  if (errors.length > 0) {
    throw new ApiProblem(422, ProblemCode.invalidAnswers, 'Some answers are not valid.', {
      errors,
    });
  }
  return checked;
}
