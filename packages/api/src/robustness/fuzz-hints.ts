import fc from 'fast-check';

import { OMIT } from './operations.js';
import type { Hints } from './schema-arbitrary.js';

/** Zones valid requests use: offsets east and west, half hours, and UTC. */
export const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'UTC',
  'Pacific/Auckland',
];

/** Instants on a 15-minute grid in the week of Monday 2027-03-01 (UTC). */
export const instantInTestWeek = fc
  .integer({ min: 0, max: 7 * 96 - 1 })
  .map((quarter) => new Date(Date.UTC(2027, 2, 1) + quarter * 15 * 60_000).toISOString())
  .map((iso) => iso.replace('.000Z', 'Z'));

/** Dates of the week of Monday 2027-03-01. */
export const dateInTestWeek = fc.integer({ min: 1, max: 7 }).map((day) => `2027-03-0${day}`);

/** Addresses any email check takes. */
export const emails = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}[a-z0-9]$/), fc.constantFrom('example.com'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);

const phones = fc.constantFrom('+49 30 1234567', '212 555-0100', '0171 2345678');
const origins = fc.constantFrom('https://shop.example', 'http://localhost:3000', 'https://a.test');
const question = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/),
  label: fc.constantFrom('Reason', 'First visit?'),
  kind: fc.constantFrom('text', 'longText', 'checkbox', 'phone'),
  required: fc.boolean(),
});

/** One interval inside a local day, ending by `latestEnd` minutes after midnight. */
function localInterval(latestEnd = 1440) {
  return fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
    .map(([a, b]) => ({ startMinute: Math.min(a, b - 1), endMinute: Math.min(latestEnd, b) }))
    .filter((span) => span.endMinute > span.startMinute);
}

/**
 * Values whose meaning the document states only in prose (zones, emails, metadata keys) or
 * that only the server mints (cursors), by property name.
 */
export const SEMANTIC_HINTS: Hints = {
  timeZone: fc.constantFrom(...ZONES),
  email: emails,
  contactEmail: fc.oneof(emails, fc.constant(null)),
  phone: phones,
  answers: fc.constant({}),
  metadata: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/), fc.string(), {
    maxKeys: 5,
  }),
  cursor: fc.constant(OMIT),
  holdId: fc.constant(OMIT),
  start: instantInTestWeek,
  end: instantInTestWeek,
  from: instantInTestWeek,
  to: instantInTestWeek,
  slug: fc.stringMatching(/^[a-z0-9]{3,12}(?:-[a-z0-9]{1,8})?$/),
  allowedOrigins: fc.uniqueArray(origins, { maxLength: 3 }),
  branding: fc.record(
    {
      accentColor: fc.constantFrom(null, '#1a73e8', '#ABCDEF'),
      logoUrl: fc.constantFrom(null, 'https://shop.example/logo.svg'),
    },
    { requiredKeys: [] },
  ),
  questions: fc.uniqueArray(question, { maxLength: 3, selector: (entry) => entry.id }),
  alternativeDurationsMinutes: fc.uniqueArray(fc.integer({ min: 5, max: 1440 }), {
    maxLength: 3,
  }),
};

/** Hints of the operations whose intervals and dates have rules beyond their schema. */
export const INTERVAL_HINTS: Record<string, Hints> = {
  'GET /admin/staff/{staffId}/date-overrides': { from: dateInTestWeek, to: dateInTestWeek },
  'PUT /admin/staff/{staffId}/date-overrides/{date}': {
    date: dateInTestWeek,
    intervals: fc.array(localInterval(), { maxLength: 1 }),
  },
  'DELETE /admin/staff/{staffId}/date-overrides/{date}': { date: dateInTestWeek },
  'PUT /admin/staff/{staffId}/working-hours': {
    intervals: fc.uniqueArray(
      fc.tuple(fc.integer({ min: 1, max: 7 }), localInterval(1440)).map(([weekday, span]) => ({
        weekday,
        ...span,
      })),
      { maxLength: 5, selector: (interval) => interval.weekday },
    ),
  },
};
