import { describe, expect, it } from 'vitest';

import { runNodeExample } from './support/example-apps.js';
import { baseUrl, demo } from './support/pages.js';

const DAY_MS = 86_400_000;

/** A demo staff member as the script names them. */
interface Member {
  id: string;
  name: string;
  timeZone: string;
}
const LENA: Member = { id: demo.lena, name: 'Lena Fischer', timeZone: 'Europe/Berlin' };
const MARCUS: Member = { id: demo.marcus, name: 'Marcus Reed', timeZone: 'America/New_York' };

const utc = (epochMs: number) => new Date(epochMs).toISOString().replace('.000Z', 'Z');
const localDate = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.parse(instant));
const clock = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(
    Date.parse(instant),
  );

/** The free starts of the introductory call with `member` on `date` in their own zone. */
async function freeStarts(member: Member, date: string): Promise<string[]> {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const url = new URL('v1/slots', baseUrl);
  url.search = new URLSearchParams({
    key: demo.publishableKey,
    serviceId: demo.introCall,
    staffId: member.id,
    start: utc(midnight - DAY_MS),
    end: utc(midnight + 2 * DAY_MS),
  }).toString();
  const { slots } = (await (await fetch(url)).json()) as {
    slots: { start: string; staffIds: string[] }[];
  };
  return slots
    .filter((slot) => slot.staffIds.includes(member.id))
    .map((slot) => slot.start)
    .filter((start) => localDate(start, member.timeZone) === date);
}

/**
 * A date near the end of the booking horizon (60 days), past every month the browser tests
 * book in, on which Lena has six free times and Marcus one.
 */
async function quietDate(): Promise<{ date: string; lena: string[]; marcus: string[] }> {
  for (let days = 58; days > 40; days--) {
    const date = utc(Date.now() + days * DAY_MS).slice(0, 10);
    const [lena, marcus] = await Promise.all([freeStarts(LENA, date), freeStarts(MARCUS, date)]);
    if (lena.length >= 6 && marcus.length >= 1) return { date, lena, marcus };
  }
  throw new Error('No date near the horizon has free times with both staff members');
}

/** Books the introductory call through the public API, as the widget does. */
async function book(member: Member, start: string, name: string) {
  const response = await fetch(new URL('v1/bookings', baseUrl), {
    method: 'POST',
    headers: { Authorization: `Bearer ${demo.publishableKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      serviceId: demo.introCall,
      staffId: member.id,
      start,
      customer: {
        name,
        email: `${name.split(' ')[0]!.toLowerCase()}@example.com`,
        timeZone: 'UTC',
      },
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; start: string; manageToken: string };
}

/** The lines the script printed under `member`'s heading, up to the next blank line. */
function section(output: string, member: Member): string[] {
  const lines = output.split('\n');
  const heading = lines.findIndex((line) => line.startsWith(`${member.name}, `));
  expect(heading).toBeGreaterThan(-1);
  const end = lines.indexOf('', heading);
  return lines.slice(heading, end === -1 ? undefined : end);
}

describe('the Node example todays-bookings.ts', () => {
  it('lists a day of bookings per staff member in their own zone, not cancelled ones', async () => {
    const { date, lena, marcus } = await quietDate();
    // Booked out of order, far enough apart that no buffer joins them.
    const laterWithLena = await book(LENA, lena.at(-1)!, 'Mary Jackson');
    const earlierWithLena = await book(LENA, lena[0]!, 'Dorothy Vaughan');
    const withMarcus = await book(MARCUS, marcus[0]!, 'Annie Easley');
    const cancelled = await book(LENA, lena[Math.floor(lena.length / 2)]!, 'Melba Roy');
    const cancel = await fetch(new URL(`v1/bookings/${cancelled.id}/cancel`, baseUrl), {
      method: 'POST',
      headers: {
        'Bookafy-Manage-Token': cancelled.manageToken,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(cancel.ok).toBe(true);

    const output = await runNodeExample('todays-bookings.ts', [date]);

    const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(
      Date.parse(`${date}T12:00:00Z`),
    );
    const line = (booking: { start: string }, member: Member, rest: string) => {
      const times = `${clock(booking.start, member.timeZone)} – \\S+\\s[AP]M`;
      return expect.stringMatching(new RegExp(`^  ${times}  ${rest}$`, 'u'));
    };
    expect(output.split('\n')[0]).toBe('Harbour Wellness');
    expect(section(output, LENA)).toEqual([
      `Lena Fischer, ${day} (Europe/Berlin)`,
      line(earlierWithLena, LENA, 'Introductory call  Dorothy Vaughan <dorothy@example.com>'),
      line(laterWithLena, LENA, 'Introductory call  Mary Jackson <mary@example.com>'),
    ]);
    expect(section(output, MARCUS)).toEqual([
      `Marcus Reed, ${day} (America/New_York)`,
      line(withMarcus, MARCUS, 'Introductory call  Annie Easley <annie@example.com>'),
    ]);
  });
});
