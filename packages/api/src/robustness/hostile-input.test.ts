import { describe, expect, it } from 'vitest';

import { createAdminAccount } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';
import { call } from './booking-model.js';

pinClock('2027-02-26T12:00:00Z');

// Monday 2027-03-01 10:00 in Berlin; the session takes 1000 visitors, so every case fits.
const START = '2027-03-01T09:00:00Z';

/** Text that breaks naive markup, bidi, grapheme or encoding handling. */
const HOSTILE: Record<string, string> = {
  markup: '<img src=x onerror=alert(1)>',
  scriptEnd: '</script><script>alert(1)</script>',
  rightToLeftOverride: 'Ada \u202Egnp.exe',
  zeroWidthJoiner: 'A\u200Dda 👩\u200D👩\u200D👧',
  combiningMarks: 'A\u0301\u0301\u0301da Z\u0338\u0338',
  astral: '𝕬𝖉𝖆 😀🏳️\u200D🌈',
  longText: `L${'o'.repeat(9998)}g`,
  loneSurrogate: 'Ada \uD800 Lovelace',
  nullCharacter: 'Ada\u0000Lovelace',
};

type Booking = {
  id: string;
  manageToken: string;
  customer: { name: string; email: string };
  answers: Record<string, unknown>;
  metadata: Record<string, string>;
};

async function hostileAccount() {
  return createAdminAccount({
    service: {
      capacity: 1000,
      questions: [
        { id: 'note', label: 'Note', kind: 'text', required: false },
        { id: 'story', label: 'Story', kind: 'longText', required: false },
      ],
    },
  });
}

/** Books with `changes` merged into a plain booking, and reads the booking back twice. */
async function bookAndReadBack(changes: Record<string, unknown>) {
  const { publishableKey, secretKey, serviceId } = await hostileAccount();
  const body = {
    serviceId,
    start: START,
    customer: { name: 'Ada', email: 'ada@example.com', timeZone: 'UTC' },
    ...changes,
  };
  const response = await call('/bookings', {
    method: 'POST',
    key: publishableKey,
    body: JSON.stringify(body),
  });
  if (response.status !== 201) return { response, copies: [] as Booking[] };

  const created = await response.json<Booking>();
  const managed = await call(`/bookings/${created.id}`, {
    headers: { 'Bookafy-Manage-Token': created.manageToken },
  });
  const admin = await call(`/admin/bookings/${created.id}`, { key: secretKey });
  return {
    response,
    copies: [created, await managed.json<Booking>(), await admin.json<Booking>()],
  };
}

/** Checks a refusal is a problem naming `field`. */
async function expectRefusalOf(response: Response, field: string) {
  expect([400, 422]).toContain(response.status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const problem = await response.json<{ errors?: { path: string }[] }>();
  expect(problem.errors?.map((error) => error.path)).toContain(field);
}

const cases = Object.entries(HOSTILE);

/**
 * A value as escaped JSON: equal exactly when the code units are, and printable when they
 * differ (a lone surrogate cannot cross the test runner's channel as it is).
 */
const exact = (value: unknown) => JSON.stringify(value);

describe('hostile text in a booking', () => {
  it.each(cases)('keeps a customer name with %s exactly, or refuses it', async (_, text) => {
    const { response, copies } = await bookAndReadBack({
      customer: { name: text, email: 'ada@example.com', timeZone: 'UTC' },
    });

    if (response.status !== 201) return expectRefusalOf(response, 'customer.name');
    for (const copy of copies) expect(exact(copy.customer.name)).toBe(exact(text));
  });

  it.each(cases)('keeps an email local part with %s exactly, or refuses it', async (_, text) => {
    const email = `${text}@example.com`;
    const { response, copies } = await bookAndReadBack({
      customer: { name: 'Ada', email, timeZone: 'UTC' },
    });

    if (response.status !== 201) return expectRefusalOf(response, 'customer.email');
    for (const copy of copies) expect(exact(copy.customer.email)).toBe(exact(email));
  });

  it.each(cases)('keeps answers with %s exactly, or refuses them', async (_, text) => {
    const { response, copies } = await bookAndReadBack({ answers: { note: text, story: text } });

    if (response.status !== 201) return expectRefusalOf(response, 'answers.note');
    for (const copy of copies) expect(exact(copy.answers)).toBe(exact({ note: text, story: text }));
  });

  it.each(cases)('keeps a metadata value with %s exactly, or refuses it', async (_, text) => {
    const { response, copies } = await bookAndReadBack({ metadata: { crm_note: text } });

    if (response.status !== 201) return expectRefusalOf(response, 'metadata.crm_note');
    for (const copy of copies) expect(exact(copy.metadata)).toBe(exact({ crm_note: text }));
  });

  it('refuses a 10 000-character name, which no form field takes', async () => {
    const { response } = await bookAndReadBack({
      customer: { name: HOSTILE.longText, email: 'ada@example.com', timeZone: 'UTC' },
    });

    await expectRefusalOf(response, 'customer.name');
  });
});
