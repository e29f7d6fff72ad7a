import { toUtcString } from '@bookafy/core';

import type { BookingRow } from '../db/schema/index.js';

/** A stored booking as the wire carries it; the manage token only where it is handed out. */
export function toWireBooking(row: BookingRow, staffTimeZone: string, manageToken?: string) {
  return {
    id: row.id,
    status: row.status,
    serviceId: row.serviceId,
    staffId: row.staffId,
    start: toUtcString(row.startsAt),
    end: toUtcString(row.endsAt),
    timeZone: staffTimeZone,
    customer: {
      name: row.customerName,
      email: row.customerEmail,
      ...(row.customerPhone === null ? {} : { phone: row.customerPhone }),
      timeZone: row.customerTimeZone,
    },
    answers: row.answers,
    metadata: row.metadata,
    sequence: row.sequence,
    createdAt: toUtcString(row.createdAt),
    ...(manageToken ? { manageToken } : {}),
  };
}
