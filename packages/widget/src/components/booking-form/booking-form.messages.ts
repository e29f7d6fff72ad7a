import { defineCatalog } from '../../i18n/catalog.js';

/** The words of the details form in one language. */
export interface BookingFormMessages {
  name: string;
  email: string;
  phone: string;
  /** A label marked as not required. */
  optional: (label: string) => string;
  /** The empty first option of a choice question. */
  choose: string;
  submit: string;
  submitting: string;
  /** The note under a field that the embedding site filled in and locked. */
  prefilled: string;
  nameRequired: string;
  emailRequired: string;
  phoneRequired: string;
  answerRequired: string;
  choiceRequired: string;
  checkboxRequired: string;
  emailFormat: string;
  phoneFormat: string;
  /** A value over the limit; both numbers come already formatted for the locale. */
  tooLong: (max: string, length: string) => string;
  /** One field's error, announced when the visitor leaves the field. */
  fieldError: (label: string, error: string) => string;
  /** Announced when a submit is refused; `fields` is the locale's list of labels. */
  summary: (fields: string) => string;
}

// French puts a narrow no-break space (U+202F) before ';' and ':'. Arabic sentences isolate
// Latin examples (U+2066…U+2069) so that the plus sign and the dots stay where a reader of a
// right-to-left line expects them.
/** In English, built in; the other languages load on demand (src/i18n/translations). */
export const bookingFormMessages = defineCatalog('bookingForm', {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  optional: (label) => `${label} (optional)`,
  choose: 'Choose…',
  submit: 'Book',
  submitting: 'Booking…',
  prefilled: 'Filled in for you',
  nameRequired: 'Enter your name.',
  emailRequired: 'Enter your email address.',
  phoneRequired: 'Enter your phone number.',
  answerRequired: 'Answer this question.',
  choiceRequired: 'Choose an option.',
  checkboxRequired: 'Tick this box to continue.',
  emailFormat: 'Enter an email address such as name@example.com.',
  phoneFormat: 'Enter a phone number such as +44 20 7946 0958.',
  tooLong: (max, length) => `Use at most ${max} characters; this has ${length}.`,
  fieldError: (label, error) => `${label}: ${error}`,
  summary: (fields) => `Check these details: ${fields}.`,
});
