import { msg, str } from '@lit/localize';

import type { Service, ServiceSettings } from './services-api.js';
import { draftsOfQuestions, questionsOfDrafts, type QuestionDraft } from './services-questions.js';

/** A service's settings as the form holds them while the owner types: numbers as text. */
export interface ServiceDraft {
  name: string;
  description: string;
  durationMinutes: string;
  /** Other choosable durations, separated by commas or spaces: `45, 60`. */
  alternativeDurations: string;
  /** Empty: the slot interval follows the chosen duration. */
  intervalMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeMinutes: string;
  horizonDays: string;
  capacity: string;
  /** Empty: unlimited. */
  maxPerDay: string;
  /** Empty: unlimited. */
  maxPerWeek: string;
  requiresConfirmation: boolean;
  position: string;
  timeZoneDisplay: 'visitor' | 'business';
  staffIds: string[];
  questions: QuestionDraft[];
}

/** The draft's number fields, each with its bounds and whether it may be left empty. */
export const NUMBER_FIELDS = {
  durationMinutes: { min: 5, max: 1440, optional: false },
  intervalMinutes: { min: 5, max: 1440, optional: true },
  bufferBeforeMinutes: { min: 0, max: 1440, optional: false },
  bufferAfterMinutes: { min: 0, max: 1440, optional: false },
  minimumNoticeMinutes: { min: 0, max: 525_600, optional: false },
  horizonDays: { min: 1, max: 730, optional: false },
  capacity: { min: 1, max: 1000, optional: false },
  maxPerDay: { min: 1, max: 1000, optional: true },
  maxPerWeek: { min: 1, max: 1000, optional: true },
  position: { min: 0, max: 1_000_000, optional: false },
} as const;

/** One of the draft's number fields. */
export type NumberField = keyof typeof NUMBER_FIELDS;

/** A new service's draft, with the API's defaults. */
export function emptyDraft(): ServiceDraft {
  return {
    name: '',
    description: '',
    durationMinutes: '30',
    alternativeDurations: '',
    intervalMinutes: '',
    bufferBeforeMinutes: '0',
    bufferAfterMinutes: '0',
    minimumNoticeMinutes: '0',
    horizonDays: '60',
    capacity: '1',
    maxPerDay: '',
    maxPerWeek: '',
    requiresConfirmation: false,
    position: '0',
    timeZoneDisplay: 'visitor',
    staffIds: [],
    questions: [],
  };
}

const text = (value: number | null) => (value === null ? '' : String(value));

/** The draft of a stored service. */
export function draftOf(service: Service): ServiceDraft {
  return {
    name: service.name,
    description: service.description,
    durationMinutes: String(service.durationMinutes),
    alternativeDurations: service.alternativeDurationsMinutes.join(', '),
    intervalMinutes: text(service.intervalMinutes),
    bufferBeforeMinutes: String(service.bufferBeforeMinutes),
    bufferAfterMinutes: String(service.bufferAfterMinutes),
    minimumNoticeMinutes: String(service.minimumNoticeMinutes),
    horizonDays: String(service.horizonDays),
    capacity: String(service.capacity),
    maxPerDay: text(service.maxPerDay),
    maxPerWeek: text(service.maxPerWeek),
    requiresConfirmation: service.requiresConfirmation,
    position: String(service.position),
    timeZoneDisplay: service.timeZoneDisplay,
    staffIds: [...service.staffIds],
    questions: draftsOfQuestions(service.questions),
  };
}

const wholeNumber = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : undefined);

/** The other durations of a draft as numbers; `undefined` entries were not whole numbers. */
const alternativeDurations = (value: string) =>
  value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(wholeNumber);

/** Why a number field's text is refused, or `''` when it is fine. */
export function numberProblem(field: NumberField, value: string): string {
  const { min, max, optional } = NUMBER_FIELDS[field];
  if (value.trim() === '' && optional) return '';
  const number = wholeNumber(value);
  if (number === undefined || number < min || number > max) {
    return msg(str`Enter a whole number from ${min} to ${max}.`, { id: 'services.numberRange' });
  }
  return '';
}

/** Why a field of the draft is refused, or `''`; questions are checked by their own editor. */
export function fieldProblem(field: keyof ServiceDraft, draft: ServiceDraft): string {
  if (field in NUMBER_FIELDS) return numberProblem(field as NumberField, String(draft[field]));
  if (field === 'name') {
    const name = draft.name.trim();
    if (name === '') return msg('Enter a name.', { id: 'services.nameMissing' });
    if (name.length > 200) return msg('Use at most 200 characters.', { id: 'services.nameLong' });
  }
  if (field === 'description' && draft.description.length > 5000) {
    return msg('Use at most 5000 characters.', { id: 'services.descriptionLong' });
  }
  if (field === 'alternativeDurations') {
    const durations = alternativeDurations(draft.alternativeDurations);
    if (durations.some((minutes) => minutes === undefined || minutes < 5 || minutes > 1440)) {
      return msg('Each duration is a whole number of minutes from 5 to 1440.', {
        id: 'services.durationsRange',
      });
    }
    if (new Set(durations).size !== durations.length || durations.length > 20) {
      return msg('List each duration once, at most 20.', { id: 'services.durationsRepeat' });
    }
  }
  return '';
}

/** The draft fields checked as the owner types, in the order the form shows them. */
export const CHECKED_FIELDS: readonly (keyof ServiceDraft)[] = [
  'name',
  'description',
  'durationMinutes',
  'alternativeDurations',
  'intervalMinutes',
  'bufferBeforeMinutes',
  'bufferAfterMinutes',
  'minimumNoticeMinutes',
  'horizonDays',
  'capacity',
  'maxPerDay',
  'maxPerWeek',
  'position',
];

/** Every field problem of the draft, by field; empty when the draft can be saved. */
export function draftProblems(draft: ServiceDraft): Map<keyof ServiceDraft, string> {
  const problems = new Map<keyof ServiceDraft, string>();
  for (const field of CHECKED_FIELDS) {
    const problem = fieldProblem(field, draft);
    if (problem) problems.set(field, problem);
  }
  return problems;
}

const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value));

/** The settings a draft without problems stands for, as the admin API takes them. */
export function settingsOf(draft: ServiceDraft): ServiceSettings {
  return {
    name: draft.name.trim(),
    description: draft.description,
    durationMinutes: Number(draft.durationMinutes),
    alternativeDurationsMinutes: alternativeDurations(draft.alternativeDurations) as number[],
    intervalMinutes: optionalNumber(draft.intervalMinutes),
    bufferBeforeMinutes: Number(draft.bufferBeforeMinutes),
    bufferAfterMinutes: Number(draft.bufferAfterMinutes),
    minimumNoticeMinutes: Number(draft.minimumNoticeMinutes),
    horizonDays: Number(draft.horizonDays),
    capacity: Number(draft.capacity),
    maxPerDay: optionalNumber(draft.maxPerDay),
    maxPerWeek: optionalNumber(draft.maxPerWeek),
    requiresConfirmation: draft.requiresConfirmation,
    position: Number(draft.position),
    timeZoneDisplay: draft.timeZoneDisplay,
    staffIds: draft.staffIds,
    questions: questionsOfDrafts(draft.questions),
  };
}
