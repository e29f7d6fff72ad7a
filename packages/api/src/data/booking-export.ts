import { epochMsToWallClock, toUtcString, type Answers, type ServiceQuestion } from '@bookafy/core';
import { and, asc, eq, gt, gte, lt, or, type SQL } from 'drizzle-orm';

import { bookings, services, staff } from '../db/schema/index.js';
import type { Database } from '../env.js';
import type { BookingCursor } from './booking-cursor.js';
import { csvRecord } from './csv.js';

/** Rows read per query; a year of a busy account is a few pages, each well within D1's limits. */
const PAGE_SIZE = 500;

/** Which bookings an export holds: those of the account starting in `[from, to)`. */
export interface ExportFilter {
  accountId: string;
  from: number;
  to: number;
  staffId?: string;
  status?: 'pending' | 'confirmed' | 'cancelled';
}

/** The header row of a bookings export, in column order. */
export const EXPORT_COLUMNS = [
  'Booking ID',
  'Status',
  'Service',
  'Staff member',
  'Start (UTC)',
  'End (UTC)',
  'Start (local)',
  'End (local)',
  'Time zone',
  'Customer name',
  'Customer email',
  'Customer phone',
  'Answers',
  'Created at (UTC)',
] as const;

/** The account's service names and questions and staff names, read once per export. */
interface Lookups {
  services: Map<string, { name: string; questions: ServiceQuestion[] }>;
  staffNames: Map<string, string>;
}

const exportedColumns = {
  id: bookings.id,
  status: bookings.status,
  serviceId: bookings.serviceId,
  staffId: bookings.staffId,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  customerName: bookings.customerName,
  customerEmail: bookings.customerEmail,
  customerPhone: bookings.customerPhone,
  answers: bookings.answers,
  createdAt: bookings.createdAt,
};

type ExportedBooking = {
  [K in keyof typeof exportedColumns]: (typeof bookings.$inferSelect)[K];
};

async function readLookups(db: Database, accountId: string): Promise<Lookups> {
  const [serviceRows, staffRows] = await Promise.all([
    db
      .select({ id: services.id, name: services.name, questions: services.questions })
      .from(services)
      .where(eq(services.accountId, accountId)),
    db.select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.accountId, accountId)),
  ]);
  return {
    services: new Map(serviceRows.map((row) => [row.id, row])),
    staffNames: new Map(staffRows.map((row) => [row.id, row.name])),
  };
}

/** The page of bookings after `after` (exclusive) in (start, id) order. */
async function readPage(
  db: Database,
  filter: ExportFilter,
  after?: BookingCursor,
): Promise<ExportedBooking[]> {
  const conditions: (SQL | undefined)[] = [
    eq(bookings.accountId, filter.accountId),
    gte(bookings.startsAt, filter.from),
    lt(bookings.startsAt, filter.to),
    filter.staffId ? eq(bookings.staffId, filter.staffId) : undefined,
    filter.status ? eq(bookings.status, filter.status) : undefined,
    after
      ? or(
          gt(bookings.startsAt, after.startsAt),
          and(eq(bookings.startsAt, after.startsAt), gt(bookings.id, after.id)),
        )
      : undefined,
  ];
  return db
    .select(exportedColumns)
    .from(bookings)
    .where(and(...conditions))
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
    .limit(PAGE_SIZE);
}

/** `2027-03-14 14:00`: the wall-clock time of `timeZone` at `epochMs`, to the minute. */
export function localWallTime(epochMs: number, timeZone: string): string {
  const wall = new Date(epochMsToWallClock(timeZone, epochMs) * 60_000).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
}

/**
 * `Reason: Back pain; First visit?: yes`: each answer under its question's label, in the
 * service's order; answers to questions the service no longer asks follow under their ids.
 */
export function describeAnswers(answers: Answers, questions: readonly ServiceQuestion[]): string {
  const asked = questions.filter((question) => question.id in answers);
  const askedIds = new Set(asked.map((question) => question.id));
  const labelled = [
    ...asked.map((question) => [question.label, answers[question.id]!] as const),
    ...Object.entries(answers).filter(([id]) => !askedIds.has(id)),
  ];
  return labelled
    .map(([label, answer]) => {
      const text = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : answer;
      return `${label}: ${text}`;
    })
    .join('; ');
}

function exportRecord(row: ExportedBooking, lookups: Lookups, timeZone: string): string {
  const service = lookups.services.get(row.serviceId);
  return csvRecord([
    row.id,
    row.status,
    service?.name ?? row.serviceId,
    lookups.staffNames.get(row.staffId) ?? row.staffId,
    toUtcString(row.startsAt),
    toUtcString(row.endsAt),
    localWallTime(row.startsAt, timeZone),
    localWallTime(row.endsAt, timeZone),
    timeZone,
    row.customerName,
    row.customerEmail,
    row.customerPhone ?? '',
    describeAnswers(row.answers, service?.questions ?? []),
    toUtcString(row.createdAt),
  ]);
}

/**
 * The bookings that `filter` selects as a UTF-8 CSV stream: a byte order mark (so that
 * spreadsheet programs read accents correctly), the header row, then one record per booking
 * by start, local times in `timeZone`: the account's zone, as staff members' own zones are not
 * shown. The first page is read before this resolves, so a failing query is an error response
 * rather than a cut-off file; later pages are read as the client takes the stream.
 */
export async function bookingsCsvStream(
  db: Database,
  filter: ExportFilter,
  timeZone: string,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const [lookups, firstPage] = await Promise.all([
    readLookups(db, filter.accountId),
    readPage(db, filter),
  ]);
  let page = firstPage;
  let text = `\uFEFF${csvRecord(EXPORT_COLUMNS)}`;

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      text += page.map((row) => exportRecord(row, lookups, timeZone)).join('');
      if (text) controller.enqueue(encoder.encode(text));
      text = '';
      const last = page.at(-1);
      if (page.length < PAGE_SIZE || !last) {
        controller.close();
        return;
      }
      page = await readPage(db, filter, { startsAt: last.startsAt, id: last.id });
    },
  });
}
