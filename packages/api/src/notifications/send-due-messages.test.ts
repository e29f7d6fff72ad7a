import { env, exports } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { refusingMail } from '../../test/failing-mailer.js';
import { pinClock } from '../../test/pin-clock.js';
import { tokenOpensBooking } from './manage-link.js';
import { bookedScenario, consumeEvents, db, messagesOf } from './scenario.test-support.js';
import { MAX_SEND_ATTEMPTS, sendDueMessages } from './send-due-messages.js';

const NOW = Date.parse('2027-02-26T12:00:00Z');
pinClock('2027-02-26T12:00:00Z');

async function devMailTo(messageId: string) {
  return db.select().from(schema.devMail).where(eq(schema.devMail.messageId, messageId));
}

describe('sendDueMessages', () => {
  it('moves due messages to the dev outbox and marks them sent', async () => {
    const { id } = await bookedScenario();
    await consumeEvents(id, NOW);
    const { customer } = await messagesOf(id, 'confirmation');

    await sendDueMessages(env, db, NOW);

    const [sent] = await devMailTo(customer!.id);
    expect(sent).toMatchObject({
      toAddress: 'Ada Lovelace <ada@example.com>',
      fromAddress: env.MAIL_FROM,
      subject: customer!.subject,
      text: customer!.text,
      ics: customer!.ics,
    });
    expect(await messagesOf(id, 'confirmation')).toMatchObject({
      customer: { status: 'sent', sentAt: NOW, attempts: 1 },
      staff: { status: 'sent' },
    });
    await sendDueMessages(env, db, NOW + 60_000);
    expect(await devMailTo(customer!.id)).toHaveLength(1);
  });

  it('retries a failed send with a growing delay and gives up after the last attempt', async () => {
    const { id } = await bookedScenario({ staffEmail: null });
    await consumeEvents(id, NOW);

    await sendDueMessages(refusingMail, db, NOW);
    const first = (await messagesOf(id, 'confirmation')).customer!;
    expect(first).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: NOW + 60_000 });
    expect(first.lastError).toBe('destination address not verified');

    await sendDueMessages(refusingMail, db, NOW + 30_000);
    expect((await messagesOf(id, 'confirmation')).customer!.attempts).toBe(1);

    let at = NOW;
    for (let attempt = 2; attempt <= MAX_SEND_ATTEMPTS; attempt += 1) {
      at = (await messagesOf(id, 'confirmation')).customer!.nextAttemptAt!;
      await sendDueMessages(refusingMail, db, at);
    }
    expect((await messagesOf(id, 'confirmation')).customer).toMatchObject({
      status: 'failed',
      attempts: MAX_SEND_ATTEMPTS,
      nextAttemptAt: null,
    });
  });

  it('throws before touching any message when the mailer is misconfigured', async () => {
    const { id } = await bookedScenario({ staffEmail: null });
    await consumeEvents(id, NOW);

    await expect(sendDueMessages({ ...env, MAILER: 'carrier-pigeon' }, db, NOW)).rejects.toThrow(
      'MAILER is "carrier-pigeon"',
    );
    expect((await messagesOf(id, 'confirmation')).customer).toMatchObject({ attempts: 0 });
  });
});

describe('the manage link in a message', () => {
  it('leads to the hosted manage page with a token that opens that booking only', async () => {
    const { id, slug, manageToken } = await bookedScenario();
    const other = await bookedScenario({ start: '2027-03-01T10:00:00Z' });
    await consumeEvents(id, NOW);
    const { customer } = await messagesOf(id, 'confirmation');

    const link = new URL(/View, move or cancel your booking: (\S+)/.exec(customer!.text)![1]!);
    const token = link.searchParams.get('token')!;
    expect(customer!.html).toContain(link.href.replace(/&/g, '&amp;'));
    expect(link.pathname).toBe(`/book/${slug}/manage/${id}`);
    const page = await exports.default.fetch(new Request(`http://127.0.0.1${link.pathname}`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`manage-booking="${id}"`);

    const [row] = await db.select().from(schema.bookings).where(eq(schema.bookings.id, id));
    const [otherRow] = await db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.id, other.id));
    expect(await tokenOpensBooking(row!, token, NOW)).toBe(true);
    expect(await tokenOpensBooking(row!, manageToken, NOW)).toBe(true);
    expect(await tokenOpensBooking(otherRow!, token, NOW)).toBe(false);
    expect(await tokenOpensBooking(row!, `${token.slice(0, -2)}AA`, NOW)).toBe(false);
    const afterGrace = row!.endsAt + 8 * 86_400_000;
    expect(await tokenOpensBooking(row!, token, afterGrace)).toBe(false);

    // The manage routes take the link token in place of the manage token.
    const view = (bookingId: string) =>
      exports.default.fetch(
        new Request(`http://127.0.0.1/v1/bookings/${bookingId}?token=${encodeURIComponent(token)}`),
      );
    const opened = await view(id);
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as { id: string }).id).toBe(id);
    expect((await view(other.id)).status).toBe(404);
  });
});
