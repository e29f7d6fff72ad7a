/**
 * Many visitors booking the last seats at once: a group service with a few seats, and far more
 * simultaneous `POST /v1/bookings` for one of its slots than it has seats. Exactly as many
 * bookings as seats must succeed, every other request must be told the slot is taken, and the
 * slot must no longer be offered.
 */
import { randomUUID } from 'node:crypto';

import { demoAccount, demoStaff } from '../demo-account.mjs';
import { weekAhead } from './week-ahead.mjs';

/** Seats of the group service the contention is about. */
export const CAPACITY = 3;

/** Bookings sent at once for one slot of it. */
export const CONCURRENT_REQUESTS = 100;

/** A JSON call to the dev server that throws unless it answers `expectedStatus`. */
async function call(baseUrl, path, { key, body, expectedStatus = 200 } = {}) {
  const response = await fetch(new URL(path, baseUrl), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expectedStatus) {
    throw new Error(`${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text);
}

/**
 * One visitor's booking request. Each comes from its own documentation-range address in
 * `CF-Connecting-IP`, which the `PUBLIC_WRITES` rate limit keys on: Cloudflare sets that header
 * itself in production, wrangler dev passes the client's on, and a hundred writes from one
 * address would be cut off after thirty.
 */
function book(baseUrl, { serviceId, start }, index) {
  return fetch(new URL('v1/bookings', baseUrl), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${demoAccount.publishableKey}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
      'cf-connecting-ip': `198.51.100.${index + 1}`,
    },
    body: JSON.stringify({
      serviceId,
      start,
      customer: {
        name: `Visitor ${index + 1}`,
        email: `visitor-${index + 1}@example.com`,
        timeZone: 'Europe/Berlin',
      },
    }),
  }).then(async (response) => ({ status: response.status, code: (await response.json()).code }));
}

/**
 * Creates a group service for Lena with {@link CAPACITY} seats through the admin API, sends
 * {@link CONCURRENT_REQUESTS} bookings for its first slot in a week ahead at once, and reads
 * back what the database holds.
 *
 * @param {string} baseUrl the dev server's address, ending in `/`
 */
export async function measureBookingContention(baseUrl) {
  const service = await call(baseUrl, 'v1/admin/services', {
    key: demoAccount.secretKey,
    body: {
      name: 'Small group session',
      durationMinutes: 60,
      capacity: CAPACITY,
      staffIds: [demoStaff[0].id],
    },
    expectedStatus: 201,
  });
  const week = weekAhead(new Date());
  const slotsPath = `v1/slots?${new URLSearchParams({ serviceId: service.id, ...week })}`;
  const { slots } = await call(baseUrl, slotsPath, { key: demoAccount.publishableKey });
  const slot = slots.find(({ seatsLeft }) => seatsLeft === CAPACITY);
  if (!slot) throw new Error(`The new group service offers no free slot from ${week.start}`);

  const startedAt = performance.now();
  const answers = await Promise.all(
    Array.from({ length: CONCURRENT_REQUESTS }, (_, index) =>
      book(baseUrl, { serviceId: service.id, start: slot.start }, index),
    ),
  );
  const wallMs = performance.now() - startedAt;

  const bookingsPath = `v1/admin/bookings?${new URLSearchParams({
    serviceId: service.id,
    from: slot.start,
    to: slot.end,
    limit: '100',
  })}`;
  const stored = await call(baseUrl, bookingsPath, { key: demoAccount.secretKey });
  const after = await call(baseUrl, slotsPath, { key: demoAccount.publishableKey });

  const byAnswer = new Map();
  for (const { status, code } of answers) {
    const answer = status === 201 ? '201' : `${status} ${code}`;
    byAnswer.set(answer, (byAnswer.get(answer) ?? 0) + 1);
  }
  const created = byAnswer.get('201') ?? 0;
  const taken = byAnswer.get('409 slot_taken') ?? 0;
  const stillOffered = after.slots.some(({ start }) => start === slot.start);
  const storedBookings = stored.data.filter(({ status }) => status !== 'cancelled').length;
  return {
    slotStart: slot.start,
    created,
    taken,
    byAnswer: Object.fromEntries(byAnswer),
    storedBookings,
    stillOffered,
    wallMs,
    correct:
      created === CAPACITY &&
      taken === CONCURRENT_REQUESTS - CAPACITY &&
      storedBookings === CAPACITY &&
      !stillOffered,
  };
}

/**
 * The report's section for {@link measureBookingContention}'s result.
 *
 * @param {Awaited<ReturnType<typeof measureBookingContention>>} result
 */
export function bookingContentionSection(result) {
  const otherAnswers = Object.entries(result.byAnswer)
    .filter(([answer]) => answer !== '201' && answer !== '409 slot_taken')
    .map(([answer, count]) => `${count} × ${answer}`);
  return `## Booking contention

A group service with ${CAPACITY} seats, created for Lena through the admin API, and
${CONCURRENT_REQUESTS} \`POST /v1/bookings\` for its slot at ${result.slotStart}, sent at once, each
with its own \`Idempotency-Key\` and its own client address in \`CF-Connecting-IP\`. That is the
header the \`PUBLIC_WRITES\` limit (30 writes a minute per key and address) counts by: wrangler
dev enforces the limit and passes the client's header on, while Cloudflare sets it itself in
production. \`pnpm bench\` fails unless exactly ${CAPACITY} bookings succeed and every other
request is told the slot is taken.

| Figure | Value | Expected |
|---|---|---|
| Requests | ${CONCURRENT_REQUESTS} | |
| 201 Created | ${result.created} | ${CAPACITY} |
| 409 \`slot_taken\` | ${result.taken} | ${CONCURRENT_REQUESTS - CAPACITY} |
| Other answers | ${otherAnswers.join(', ') || 'none'} | none |
| Active bookings stored for the slot | ${result.storedBookings} | ${CAPACITY} |
| Slot still offered afterwards | ${result.stillOffered ? 'yes' : 'no'} | no |
| Time until every answer arrived | ${Math.round(result.wallMs)} ms | |
`;
}
