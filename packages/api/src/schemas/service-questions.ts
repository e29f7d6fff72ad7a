import { z } from '@hono/zod-openapi';

import { textSchema } from './common.js';

/** The most questions one service asks, and the most choices one select question offers. */
export const QUESTION_LIMITS = { questions: 20, options: 50 } as const;

/** A question's id: the key of its answer in a booking's `answers`. */
export const QUESTION_ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

const QuestionKindSchema = z
  .enum(['text', 'longText', 'select', 'checkbox', 'phone'])
  .openapi('QuestionKind');

const OptionSchema = textSchema().min(1, 'Enter a choice.').max(200);

/**
 * A question of a service's details form. A `select` question lists its choices in `options`;
 * the other kinds take none.
 */
export const ServiceQuestionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(QUESTION_ID_PATTERN, 'Use a lower-case letter, then letters, digits or _ (max 40).')
      .openapi({ example: 'reason' }),
    label: textSchema().min(1, 'Enter a label.').max(200).openapi({ example: 'Reason' }),
    kind: QuestionKindSchema,
    required: z.boolean(),
    options: z.array(OptionSchema).optional(),
  })
  .superRefine((question, ctx) => {
    const { kind, options } = question;
    if (kind !== 'select') {
      if (options !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only select has options.' });
      }
      return;
    }
    if (!options || options.length === 0 || options.length > QUESTION_LIMITS.options) {
      const message = `A select question needs 1 to ${QUESTION_LIMITS.options} options.`;
      ctx.addIssue({ code: 'custom', path: ['options'], message });
    } else if (new Set(options).size !== options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Expected each option once.' });
    }
  })
  .openapi('ServiceQuestion');

/** A service's questions, in the order the form shows them, each id once. */
export const ServiceQuestionsSchema = z
  .array(ServiceQuestionSchema)
  .max(QUESTION_LIMITS.questions)
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'Expected each id once.' });
      }
      seen.add(question.id);
    });
  })
  .openapi({ description: 'Extra questions of the details form, in order' });

/** Which zone widgets state the service's times in. */
export const TimeZoneDisplaySchema = z.enum(['visitor', 'business']).openapi('TimeZoneDisplay', {
  description: "The visitor's own zone, or always the business's (for in-person services)",
});
