import { buildCalendar } from '@bookafy/core';

import type { messages } from '../db/schema/index.js';
import { newId } from '../internal/ids.js';
import type { BookingDetails, BookingState } from './booking-details.js';
import { createManageLinkToken, MANAGE_LINK_GRACE_MS } from './manage-link.js';
import type { MessageContent, MessageKind, Recipient } from './message-kind.js';
import { messageWords, renderHtml, renderText, type MessageWords } from './message-text.js';

/** What composing messages needs besides the booking: where links point, and the time. */
export interface ComposeContext {
  /** The Worker's public address (`PUBLIC_URL`), base of the hosted pages' links. */
  publicUrl: string;
  now: number;
}

/** The calendar UID of a booking; the same in every message, so calendars update one entry. */
export function calendarUid(bookingId: string): string {
  return `${bookingId}@bookafy`;
}

/**
 * The booking as an iCalendar invitation: METHOD:REQUEST with the booking's SEQUENCE while it
 * stands, METHOD:CANCEL with STATUS:CANCELLED once cancelled.
 */
export function messageCalendar(
  details: BookingDetails,
  state: BookingState,
  recipient: Recipient,
  context: ComposeContext & { url?: string },
): string {
  const cancelled = state.status === 'cancelled';
  const other = recipient === 'customer' ? details.staffMember.name : state.customer.name;
  const { contactEmail, name: business } = details.account;
  return buildCalendar({
    uid: calendarUid(details.row.id),
    sequence: state.sequence,
    method: cancelled ? 'CANCEL' : 'REQUEST',
    status: cancelled ? 'CANCELLED' : state.status === 'pending' ? 'TENTATIVE' : 'CONFIRMED',
    start: state.start,
    end: state.end,
    stamp: context.now,
    summary: `${details.service.name} with ${other}`,
    description: `Booked with ${business}. Reference ${details.row.id}.`,
    url: context.url,
    organizer: contactEmail ? { name: business, email: contactEmail } : undefined,
    attendee: { name: state.customer.name, email: state.customer.email },
  });
}

/** The customer's link: the hosted manage page while the booking stands, else the booking page. */
async function customerLink(
  details: BookingDetails,
  state: BookingState,
  context: ComposeContext,
): Promise<MessageWords['link']> {
  const base = `${context.publicUrl.replace(/\/+$/, '')}/book/${details.account.slug}`;
  if (state.status === 'cancelled') return { label: 'Book again', url: base };
  const token = await createManageLinkToken(details.row, state.end + MANAGE_LINK_GRACE_MS);
  if (!token) return undefined;
  const url = `${base}/manage/${details.row.id}?token=${encodeURIComponent(token)}`;
  return { label: 'View, move or cancel your booking', url };
}

/** One message to one recipient, with an `.ics` unless it is a reminder. */
export async function composeMessage(
  kind: MessageKind,
  recipient: Recipient,
  details: BookingDetails,
  state: BookingState,
  context: ComposeContext,
): Promise<MessageContent> {
  const link = recipient === 'customer' ? await customerLink(details, state, context) : undefined;
  const words = messageWords(kind, recipient, details, state, link);
  const ics =
    kind === 'reminder'
      ? null
      : messageCalendar(details, state, recipient, { ...context, url: link?.url });
  return { subject: words.subject, text: renderText(words), html: renderHtml(words), ics };
}

/**
 * The rows of one message to the customer and, when they have an email address, one to the
 * staff member; `dedupeKey(recipient)` names each row so that writing it twice writes it once.
 */
export async function messageRows(
  kind: MessageKind,
  details: BookingDetails,
  state: BookingState,
  context: ComposeContext,
  dedupeKey: (recipient: Recipient) => string,
): Promise<(typeof messages.$inferInsert)[]> {
  const recipients: { recipient: Recipient; address: string; name: string }[] = [
    { recipient: 'customer', address: state.customer.email, name: state.customer.name },
  ];
  const staffEmail = details.staffMember.email;
  if (staffEmail) {
    recipients.push({ recipient: 'staff', address: staffEmail, name: details.staffMember.name });
  }
  return Promise.all(
    recipients.map(async ({ recipient, address, name }) => ({
      id: newId('msg'),
      accountId: details.row.accountId,
      bookingId: details.row.id,
      kind,
      recipient,
      dedupeKey: dedupeKey(recipient),
      toAddress: address,
      toName: name,
      ...(await composeMessage(kind, recipient, details, state, context)),
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: context.now,
      createdAt: context.now,
    })),
  );
}
