import type { Answers, ServiceQuestion } from '@bookafy/sdk';

import type { DetailsSubmitDetail } from '../../events/details-submit.js';
import type { BookingFormMessages } from './booking-form.messages.js';
import type { FieldKind } from './booking-form.validation.js';

/** Everything the visitor has entered so far, whether valid or not. */
export interface FormValues {
  name: string;
  email: string;
  /** The general phone field; empty when the form does not ask for it. */
  phone: string;
  /** By question id: text for most kinds, a boolean for checkboxes. */
  answers: Answers;
}

/** Details the embedding site already knows about the visitor. */
export interface Prefill {
  name?: string;
  email?: string;
  phone?: string;
}

/** The visitor's own fields, which a site may fill in ahead of time. */
export type ContactField = keyof Prefill;

/** One field as the form lays it out. */
export interface FormField {
  /** The element id, unique within the form. */
  id: string;
  /** Where the value lives: a contact field, or a question's id in `answers`. */
  source: { contact: ContactField } | { questionId: string };
  kind: FieldKind;
  label: string;
  required: boolean;
  options: readonly string[];
}

/** A form that has nothing entered yet. */
export const emptyValues: FormValues = { name: '', email: '', phone: '', answers: {} };

/** The fields of the form in order: name, email, the optional phone, then the questions. */
export function formFields(
  questions: readonly ServiceQuestion[],
  askPhone: boolean,
  text: BookingFormMessages,
): FormField[] {
  const contact = (field: ContactField, kind: FieldKind, required: boolean): FormField => ({
    id: field,
    source: { contact: field },
    kind,
    label: text[field],
    required,
    options: [],
  });
  return [
    contact('name', 'name', true),
    contact('email', 'email', true),
    ...(askPhone ? [contact('phone', 'phone', false)] : []),
    ...questions.map((question): FormField => ({
      id: `question-${question.id.replace(/[^\w-]/g, '_')}`,
      source: { questionId: question.id },
      kind: question.kind,
      label: question.label,
      required: question.required,
      options: question.options ?? [],
    })),
  ];
}

/** A field's current value: `false` for an untouched checkbox, `''` for other empty fields. */
export function valueOf(values: FormValues, field: FormField): string | boolean {
  if ('contact' in field.source) return values[field.source.contact];
  return values.answers[field.source.questionId] ?? (field.kind === 'checkbox' ? false : '');
}

/** The values with one field changed. */
export function withValue(
  values: FormValues,
  field: FormField,
  value: string | boolean,
): FormValues {
  if ('contact' in field.source) return { ...values, [field.source.contact]: String(value) };
  return { ...values, answers: { ...values.answers, [field.source.questionId]: value } };
}

/**
 * What the form sends: trimmed text, the phone only when given, and answers to the shown
 * questions only. Checkboxes always answer with a boolean; empty optional text is left out.
 */
export function detailOf(values: FormValues, fields: readonly FormField[]): DetailsSubmitDetail {
  const answers: Answers = {};
  for (const field of fields) {
    if (!('questionId' in field.source)) continue;
    const value = valueOf(values, field);
    if (typeof value === 'boolean') answers[field.source.questionId] = value;
    else if (value.trim()) answers[field.source.questionId] = value.trim();
  }

  const phone = fields.some((field) => field.id === 'phone') ? values.phone.trim() : '';
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    ...(phone ? { phone } : {}),
    answers,
  };
}
