import { describe, expect, it } from 'vitest';

import { buildMimeMessage, headerText, mailbox } from './mime.js';
import { decodedParts } from './mime.test-support.js';

const envelope = { from: 'Studio <a@studio.example>', messageId: 'msg_1@studio.example', date: 0 };
const mail = {
  messageId: 'msg_1',
  to: { address: 'zoe@example.com', name: 'Zoë' },
  subject: 'Réservation confirmée',
  text: 'Bonjour Zoë,\n' + 'x'.repeat(300),
  html: '<p>Bonjour</p>',
};

describe('buildMimeMessage', () => {
  it('encodes non-ASCII headers as RFC 2047 words and keeps lines within 78 characters', () => {
    const raw = buildMimeMessage(mail, envelope);

    expect(raw).toContain(`Subject: ${headerText('Réservation confirmée')}\r\n`);
    expect(headerText('Réservation')).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(raw).toContain('Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n');
    expect(raw.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
    expect(decodedParts(raw).get('text/plain; charset=utf-8')).toBe(mail.text);
  });

  it('leaves the calendar out when the message has none', () => {
    const raw = buildMimeMessage(mail, envelope);

    expect(raw).not.toContain('text/calendar');
    expect(raw).not.toContain('invite.ics');
  });

  it('attaches a cancellation with method=CANCEL', () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n';
    const raw = buildMimeMessage({ ...mail, ics: { content: ics, method: 'CANCEL' } }, envelope);

    expect(decodedParts(raw).get('text/calendar; charset=utf-8; method=CANCEL')).toBe(ics);
    expect(raw).toContain('Content-Disposition: attachment; filename="invite.ics"');
  });

  it('cannot be made to add a header through a name or subject', () => {
    const raw = buildMimeMessage(
      {
        ...mail,
        subject: 'Hi\r\nBcc: x@evil.example',
        to: { address: 'a@b.example', name: 'A\nBcc: y' },
      },
      envelope,
    );

    expect(raw).not.toMatch(/^Bcc:/m);
    expect(mailbox('a@b.example', 'Ada "A" Lovelace')).toBe('"Ada A Lovelace" <a@b.example>');
  });
});
