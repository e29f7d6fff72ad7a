import { escapeHtml } from '../html/escape.js';
import type { BookingDetails, BookingState } from './booking-details.js';
import { formatWhen } from './format-when.js';
import type { MessageKind, Recipient } from './message-kind.js';

/** One message's words: subject, greeting, the news, and the lines that describe the booking. */
export interface MessageWords {
  subject: string;
  greeting: string;
  news: string;
  facts: [label: string, value: string][];
  /** A labelled link, such as the hosted manage page. */
  link?: { label: string; url: string };
  closing: string;
}

/** The zone a recipient reads the time in: in-person services use the business's zone. */
export function recipientZone(
  details: BookingDetails,
  state: BookingState,
  recipient: Recipient,
): string {
  if (recipient === 'staff') return state.staffTimeZone;
  return details.service.timeZoneDisplay === 'business'
    ? details.account.timeZone
    : state.customer.timeZone;
}

function customerNews(kind: MessageKind, state: BookingState, business: string) {
  const pending = state.status === 'pending';
  switch (kind) {
    case 'confirmation':
      return pending
        ? {
            subject: `Your booking request with ${business}`,
            news: `${business} will confirm your booking soon.`,
          }
        : {
            subject: `Your booking with ${business} is confirmed`,
            news: 'Your booking is confirmed.',
          };
    case 'rescheduled':
      return {
        subject: `Your booking with ${business} has moved`,
        news: 'Your booking has moved to a new time.',
      };
    case 'cancelled':
      return {
        subject: `Your booking with ${business} is cancelled`,
        news: 'Your booking is cancelled.',
      };
    case 'reminder':
      return {
        subject: `Reminder: your booking with ${business}`,
        news: 'Your booking is coming up soon.',
      };
  }
}

function staffNews(kind: MessageKind, state: BookingState, topic: string) {
  switch (kind) {
    case 'confirmation':
      return state.status === 'pending'
        ? { subject: `New booking request: ${topic}`, news: 'A booking waits for confirmation.' }
        : { subject: `Booking confirmed: ${topic}`, news: 'A booking with you is confirmed.' };
    case 'rescheduled':
      return { subject: `Booking moved: ${topic}`, news: 'A booking with you has moved.' };
    case 'cancelled':
      return { subject: `Booking cancelled: ${topic}`, news: 'A booking with you is cancelled.' };
    case 'reminder':
      return { subject: `Reminder: ${topic}`, news: 'A booking with you is coming up soon.' };
  }
}

/** The words of one message, with the time in the recipient's zone and that zone named. */
export function messageWords(
  kind: MessageKind,
  recipient: Recipient,
  details: BookingDetails,
  state: BookingState,
  link?: MessageWords['link'],
): MessageWords {
  const business = details.account.name;
  const when = formatWhen(state.start, recipientZone(details, state, recipient));
  const facts: MessageWords['facts'] = [
    ['What', details.service.name],
    ['When', when],
    ['With', recipient === 'customer' ? details.staffMember.name : state.customer.name],
    ['Business', business],
    ['Reference', details.row.id],
  ];
  if (recipient === 'customer') {
    const { subject, news } = customerNews(kind, state, business);
    const closing =
      kind === 'cancelled' || kind === 'reminder'
        ? `Thank you for booking with ${business}.`
        : 'The attached calendar file adds the booking to your calendar.';
    return { subject, greeting: `Hello ${state.customer.name},`, news, facts, link, closing };
  }
  const topic = `${details.service.name} with ${state.customer.name}`;
  const { subject, news } = staffNews(kind, state, topic);
  facts.push(['Customer email', state.customer.email]);
  const closing = 'Sent by Bookafy for ' + business + '.';
  return { subject, greeting: `Hello ${details.staffMember.name},`, news, facts, closing };
}

/** The plain-text body. */
export function renderText(words: MessageWords): string {
  const lines = [words.greeting, '', words.news, ''];
  for (const [label, value] of words.facts) lines.push(`${label}: ${value}`);
  if (words.link) lines.push('', `${words.link.label}: ${words.link.url}`);
  lines.push('', words.closing, '');
  return lines.join('\n');
}

/** The HTML body: the same words, every value escaped, no styles or images. */
export function renderHtml(words: MessageWords): string {
  const rows = words.facts
    .map(
      ([label, value]) =>
        `<tr><th align="left">${escapeHtml(label)}</th>` + `<td>${escapeHtml(value)}</td></tr>`,
    )
    .join('\n');
  const link = words.link
    ? `<p><a href="${escapeHtml(words.link.url)}">${escapeHtml(words.link.label)}</a></p>\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(words.subject)}</title></head>
<body>
<p>${escapeHtml(words.greeting)}</p>
<p>${escapeHtml(words.news)}</p>
<table>
${rows}
</table>
${link}<p>${escapeHtml(words.closing)}</p>
</body>
</html>
`;
}
