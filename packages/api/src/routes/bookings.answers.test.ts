import { describe, expect, it } from 'vitest';

import type { Booking, ServiceQuestion } from '@bookafy/core';

import { bookingBody, createAdminAccount, offeredStarts, request } from '../../test/fixtures.js';
import { pinClock } from '../../test/pin-clock.js';

const NOW = '2027-02-26T12:00:00Z';
// Monday 2027-03-01 10:00 and 11:00 in Berlin (CET, +01:00).
const TEN_IN_BERLIN = '2027-03-01T09:00:00Z';
const ELEVEN_IN_BERLIN = '2027-03-01T10:00:00Z';

pinClock(NOW);

const QUESTIONS: ServiceQuestion[] = [
  { id: 'reason', label: 'Reason', kind: 'text', required: true },
  { id: 'history', label: 'History', kind: 'longText', required: false },
  { id: 'area', label: 'Area', kind: 'select', required: true, options: ['Back', 'Neck'] },
  { id: 'consent', label: 'I agree', kind: 'checkbox', required: true },
  { id: 'newsletter', label: 'Newsletter', kind: 'checkbox', required: false },
  { id: 'mobile', label: 'Mobile', kind: 'phone', required: false },
];
const CUSTOMER = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: ' +49 (30) 123-4567 ',
  timeZone: 'America/New_York',
};

const accountWithQuestions = () => createAdminAccount({ service: { questions: QUESTIONS } });

function book(key: string, body: Record<string, unknown>, headers: HeadersInit = {}) {
  return request('/bookings', { method: 'POST', key, headers, body: JSON.stringify(body) });
}

async function refusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const problem = await response.json<{ code: string; errors: { path: string }[] }>();
  expect(problem.code).toBe(code);
  return problem.errors.map((error) => error.path).sort();
}

describe('answers, phone and metadata of POST /v1/bookings', () => {
  it('stores them and returns them wherever the booking is shown', async () => {
    const { publishableKey, secretKey, serviceId } = await accountWithQuestions();
    const answers = { reason: '  Stiff neck ', area: 'Neck', consent: true, newsletter: false };
    const metadata = { utm_source: 'newsletter', 'crm.id': 'C-8812' };

    const created = await book(publishableKey, {
      serviceId,
      start: TEN_IN_BERLIN,
      customer: CUSTOMER,
      answers: { ...answers, history: '   ' },
      metadata,
    });

    expect(created.status).toBe(201);
    const booking = await created.json<Booking & { manageToken: string }>();
    const expected = {
      customer: { ...CUSTOMER, phone: '+49 (30) 123-4567' },
      answers: { ...answers, reason: 'Stiff neck' },
      metadata,
    };
    expect(booking).toMatchObject(expected);
    const token = { 'Bookafy-Manage-Token': booking.manageToken };
    const path = `/bookings/${booking.id}`;
    const shown = [
      await request(path, { headers: token }),
      await request(`/admin${path}`, { key: secretKey }),
      await request(`${path}/reschedule`, {
        method: 'POST',
        headers: token,
        body: JSON.stringify({ start: ELEVEN_IN_BERLIN }),
      }),
      await request(`${path}/cancel`, { method: 'POST', headers: token, body: '{}' }),
    ];
    for (const response of shown) expect(await response.json()).toMatchObject(expected);
    const list = await request(`/admin/bookings?serviceId=${serviceId}`, { key: secretKey });
    expect((await list.json<{ data: Booking[] }>()).data).toEqual([
      expect.objectContaining(expected),
    ]);
  });

  it('gives a booking without them empty answers and metadata and no phone', async () => {
    const { publishableKey, serviceId } = await createAdminAccount();

    const response = await request('/bookings', {
      method: 'POST',
      key: publishableKey,
      body: bookingBody(serviceId, TEN_IN_BERLIN),
    });

    const booking = await response.json<Booking>();
    expect(booking).toMatchObject({ answers: {}, metadata: {} });
    expect(booking.customer).not.toHaveProperty('phone');
  });

  it('refuses answers that do not fit with 422 invalid_answers, booking nothing', async () => {
    const { publishableKey, serviceId } = await accountWithQuestions();

    const response = await book(publishableKey, {
      serviceId,
      start: TEN_IN_BERLIN,
      customer: CUSTOMER,
      answers: {
        reason: 'x'.repeat(501),
        history: 'y'.repeat(4001),
        area: 'Knee',
        consent: false,
        newsletter: 'yes',
        mobile: 'call me',
        shoe_size: '42',
      },
    });

    expect(await refusal(response, 422, 'invalid_answers')).toEqual([
      'answers.area',
      'answers.consent',
      'answers.history',
      'answers.mobile',
      'answers.newsletter',
      'answers.reason',
      'answers.shoe_size',
    ]);
    expect(await offeredStarts(publishableKey, serviceId)).toContain(TEN_IN_BERLIN);
  });

  it('refuses missing required answers, text for a checkbox and a flag for text', async () => {
    const { publishableKey, serviceId } = await accountWithQuestions();

    const missing = await book(publishableKey, {
      serviceId,
      start: TEN_IN_BERLIN,
      customer: CUSTOMER,
    });
    const wrongTypes = await book(publishableKey, {
      serviceId,
      start: TEN_IN_BERLIN,
      customer: CUSTOMER,
      answers: { reason: true, area: 'Back', consent: 'true' },
    });

    expect(await refusal(missing, 422, 'invalid_answers')).toEqual([
      'answers.area',
      'answers.consent',
      'answers.reason',
    ]);
    expect(await refusal(wrongTypes, 422, 'invalid_answers')).toEqual([
      'answers.consent',
      'answers.reason',
    ]);
  });

  it('refuses metadata with too many keys, bad keys or long values, and a bad phone', async () => {
    const { publishableKey, serviceId } = await createAdminAccount();
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`k${index}`, 'v']));
    const base = { serviceId, start: TEN_IN_BERLIN, customer: CUSTOMER };

    const tooMany = await book(publishableKey, { ...base, metadata: many });
    const badEntries = await book(publishableKey, {
      ...base,
      customer: { ...CUSTOMER, phone: '12' },
      metadata: { 'has space': 'v', ['k'.repeat(41)]: 'v', long: 'v'.repeat(501), n: 1 },
    });

    expect(await refusal(tooMany, 400, 'invalid_request')).toEqual(['metadata']);
    expect(await refusal(badEntries, 400, 'invalid_request')).toEqual([
      'customer.phone',
      'metadata.has space',
      `metadata.${'k'.repeat(41)}`,
      'metadata.long',
      'metadata.n',
    ]);
  });

  it('replays the same answers and metadata for a repeated Idempotency-Key', async () => {
    const { publishableKey, serviceId } = await accountWithQuestions();
    const body = {
      serviceId,
      start: TEN_IN_BERLIN,
      customer: CUSTOMER,
      answers: { reason: 'Stiff neck', area: 'Back', consent: true },
      metadata: { crm_id: '7' },
    };
    const headers = { 'Idempotency-Key': crypto.randomUUID() };

    const first = await book(publishableKey, body, headers);
    const replay = await book(publishableKey, body, headers);

    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await replay.json()).toEqual(await first.json());
  });
});
