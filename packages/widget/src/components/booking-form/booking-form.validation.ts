import type { QuestionKind } from '@bookafy/sdk';

import type { BookingFormMessages } from './booking-form.messages.js';

/** What a field of the details form holds: the visitor's name or email, or a question's kind. */
export type FieldKind = 'name' | 'email' | QuestionKind;

/** Why a field's value is refused, before it is put into words. */
export type FieldProblem =
  | { code: 'required'; kind: FieldKind }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'tooLong'; max: number; length: number };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Digits with the separators people type, an optional leading plus: 7 to 26 characters. */
const PHONE = /^\+?[0-9][0-9 ().-]{5,24}$/;

/** The longest value each kind takes, in UTF-16 units as the API counts them. */
const MAX_LENGTH: Partial<Record<FieldKind, number>> = {
  name: 200,
  email: 320,
  text: 500,
  longText: 4000,
};

/**
 * Why a value is refused, or `undefined` when it may be sent. Text is judged trimmed; a
 * checkbox only fails when it is required and not ticked.
 */
export function fieldProblem(
  kind: FieldKind,
  required: boolean,
  value: string | boolean,
): FieldProblem | undefined {
  if (typeof value === 'boolean')
    return required && !value ? { code: 'required', kind } : undefined;

  const trimmed = value.trim();
  if (!trimmed) return required ? { code: 'required', kind } : undefined;
  if (kind === 'email' && !EMAIL.test(trimmed)) return { code: 'email' };
  if (kind === 'phone' && !PHONE.test(trimmed)) return { code: 'phone' };

  const max = MAX_LENGTH[kind];
  if (max !== undefined && trimmed.length > max) {
    return { code: 'tooLong', max, length: trimmed.length };
  }
  return undefined;
}

const REQUIRED_MESSAGE = {
  name: 'nameRequired',
  email: 'emailRequired',
  phone: 'phoneRequired',
  text: 'answerRequired',
  longText: 'answerRequired',
  select: 'choiceRequired',
  checkbox: 'checkboxRequired',
} as const satisfies Record<FieldKind, keyof BookingFormMessages>;

/** A problem in the visitor's language; numbers are written the way `locale` writes them. */
export function describeProblem(
  problem: FieldProblem,
  text: BookingFormMessages,
  locale: string,
): string {
  switch (problem.code) {
    case 'required':
      return text[REQUIRED_MESSAGE[problem.kind]];
    case 'email':
      return text.emailFormat;
    case 'phone':
      return text.phoneFormat;
    case 'tooLong': {
      const format = new Intl.NumberFormat(locale);
      return text.tooLong(format.format(problem.max), format.format(problem.length));
    }
  }
}
