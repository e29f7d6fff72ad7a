import type { OutgoingMail } from './mailer.js';

const encoder = new TextEncoder();

/** Base64 of UTF-8 text, wrapped at 76 characters as MIME requires (RFC 2045 §6.8). */
export function base64Lines(text: string): string {
  let binary = '';
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return (btoa(binary).match(/.{1,76}/g) ?? ['']).join('\r\n');
}

/**
 * A header value safe to send: plain ASCII as it is, anything else as an RFC 2047 encoded
 * word. Line breaks are removed first, so no value can start a header of its own.
 */
export function headerText(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(oneLine)) return oneLine;
  return `=?UTF-8?B?${base64Lines(oneLine).replace(/\r\n/g, '')}?=`;
}

/** `Name <address>`, with the name quoted or encoded as its characters need. */
export function mailbox(address: string, name?: string): string {
  const cleanAddress = address.replace(/[\r\n<>]/g, '');
  if (!name) return cleanAddress;
  const encoded = headerText(name);
  const display = encoded.startsWith('=?') ? encoded : `"${encoded.replace(/["\\]/g, '')}"`;
  return `${display} <${cleanAddress}>`;
}

/** One MIME part with base64 content, so any text and any line length travels unchanged. */
function part(contentType: string, content: string, extra: string[] = []): string {
  return [
    `Content-Type: ${contentType}`,
    'Content-Transfer-Encoding: base64',
    ...extra,
    '',
    base64Lines(content),
  ].join('\r\n');
}

/** A multipart body of `parts` between `boundary` lines. */
function multipart(boundary: string, parts: string[]): string {
  return `${parts.map((body) => `--${boundary}\r\n${body}\r\n`).join('')}--${boundary}--`;
}

/** What the message's envelope names beside its content. */
export interface MimeEnvelope {
  /** `Name <address>` or a bare address. */
  from: string;
  /** The `Message-ID` header's value, without angle brackets. */
  messageId: string;
  /** When the message is sent, epoch milliseconds, for the `Date` header. */
  date: number;
}

/**
 * An RFC 5322 message with CRLF line ends: `multipart/mixed` holding a
 * `multipart/alternative` of the plain text, the HTML and (when the mail has one) the
 * calendar as `text/calendar; method=…`, which mail programs show as an invitation, plus the
 * same calendar as an `invite.ics` attachment for those that do not.
 *
 * @example
 * buildMimeMessage(mail, { from: 'Studio <a@b.example>', messageId: 'msg_1@b.example', date });
 */
export function buildMimeMessage(mail: OutgoingMail, envelope: MimeEnvelope): string {
  const boundary = `bookafy-${mail.messageId.replace(/[^0-9A-Za-z]/g, '')}`;
  const alternatives = [
    part('text/plain; charset=utf-8', mail.text),
    part('text/html; charset=utf-8', mail.html),
  ];
  const attachments: string[] = [];
  if (mail.ics) {
    const method = mail.ics.method;
    alternatives.push(part(`text/calendar; charset=utf-8; method=${method}`, mail.ics.content));
    attachments.push(
      part('application/ics; name="invite.ics"', mail.ics.content, [
        'Content-Disposition: attachment; filename="invite.ics"',
      ]),
    );
  }
  const body = [
    `Content-Type: multipart/alternative; boundary="${boundary}-alt"`,
    '',
    multipart(`${boundary}-alt`, alternatives),
  ].join('\r\n');
  return [
    `From: ${envelope.from.replace(/[\r\n]/g, '')}`,
    `To: ${mailbox(mail.to.address, mail.to.name)}`,
    `Subject: ${headerText(mail.subject)}`,
    `Date: ${new Date(envelope.date).toUTCString()}`,
    `Message-ID: <${envelope.messageId.replace(/[\r\n<>]/g, '')}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}-mix"`,
    '',
    multipart(`${boundary}-mix`, [body, ...attachments]),
    '',
  ].join('\r\n');
}

/** The bare address of `Name <address>` or of a bare address. */
export function addressOf(mailboxText: string): string {
  return (/<([^>]*)>/.exec(mailboxText)?.[1] ?? mailboxText).trim();
}
