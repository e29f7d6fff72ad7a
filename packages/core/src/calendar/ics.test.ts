import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { buildCalendar, foldLine, type CalendarEvent } from './ics.js';

const event: CalendarEvent = {
  uid: 'bkg_4k9x@bookafy',
  sequence: 2,
  method: 'REQUEST',
  status: 'CONFIRMED',
  start: Date.parse('2027-03-01T09:00:00Z'),
  end: Date.parse('2027-03-01T09:30:00Z'),
  stamp: Date.parse('2027-02-26T12:00:00Z'),
  summary: 'Sports massage, with Lena; bring shoes',
  description: 'Line one\nLine two, with a comma \\ and a backslash',
  location: 'Harbour Wellness, Kaiserdamm 1, Berlin',
  organizer: { name: 'Harbour Wellness', email: 'hello@example.com' },
  attendee: { name: 'Zoë "Z" Müller', email: 'zoe@example.com' },
};

/** Parses with ical.js, an independent implementation of RFC 5545. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, event: calendar.getFirstSubcomponent('vevent')! };
}

describe('buildCalendar', () => {
  it('round-trips through an independent parser with every field intact', () => {
    const { calendar, event: vevent } = parse(buildCalendar(event));

    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.getFirstPropertyValue('uid')).toBe('bkg_4k9x@bookafy');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('summary')).toBe(event.summary);
    expect(vevent.getFirstPropertyValue('description')).toBe(event.description);
    expect(vevent.getFirstPropertyValue('location')).toBe(event.location);
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2027-03-01T09:00:00.000Z');
    expect(start.zone?.tzid).toBe('UTC');
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(attendee.getParameter('cn')).toBe('Zoë Z Müller');
    expect(attendee.getFirstValue()).toBe('mailto:zoe@example.com');
  });

  it('writes a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const text = buildCalendar({ ...event, method: 'CANCEL', status: 'CANCELLED', sequence: 3 });
    const { calendar, event: vevent } = parse(text);

    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    const text = buildCalendar({ ...event, description: 'é'.repeat(200) });

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      // encodeURIComponent writes each UTF-8 octet beyond ASCII as one %XX.
      expect(encodeURIComponent(line).replace(/%[0-9A-F]{2}/g, '.').length).toBeLessThanOrEqual(75);
    }
    expect(parse(text).event.getFirstPropertyValue('description')).toBe('é'.repeat(200));
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and never splits a character', () => {
    expect(foldLine('SUMMARY:Short')).toBe('SUMMARY:Short');
    const folded = foldLine(`SUMMARY:${'😀'.repeat(30)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'😀'.repeat(30)}`);
  });
});
