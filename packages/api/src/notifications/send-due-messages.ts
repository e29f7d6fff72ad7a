import { MINUTE_MS } from '@bookafy/core';
import { and, asc, eq, lte, sql } from 'drizzle-orm';

import { messages, type Message } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { createMailer, type MailSettings } from '../mail/create-mailer.js';
import type { Mailer } from '../mail/mailer.js';

/** Messages sent per run; the cron runs every minute, so a backlog drains over a few runs. */
export const SEND_BATCH_SIZE = 25;

/** Attempts before a message is given up as `failed`. */
export const MAX_SEND_ATTEMPTS = 8;

/**
 * While one run sends a message, other runs leave it alone for this long; a run that died
 * mid-send lets the message be tried again after it.
 */
const CLAIM_MS = 5 * MINUTE_MS;

/** The wait before attempt `attempts + 1`: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0) * MINUTE_MS, 360 * MINUTE_MS);
}

/** Claims a due message for this run; `false` when another run claimed it first. */
async function claim(db: Database, message: Message, now: number): Promise<boolean> {
  const claimed = await db
    .update(messages)
    .set({ nextAttemptAt: now + CLAIM_MS })
    .where(
      and(
        eq(messages.id, message.id),
        eq(messages.status, 'pending'),
        lte(messages.nextAttemptAt, now),
      ),
    )
    .returning({ id: messages.id });
  return claimed.length > 0;
}

async function sendOne(db: Database, mailer: Mailer, message: Message, now: number) {
  const attempts = message.attempts + 1;
  try {
    await mailer.send(
      {
        messageId: message.id,
        to: { address: message.toAddress, name: message.toName || undefined },
        subject: message.subject,
        text: message.text,
        html: message.html,
        ics: message.ics
          ? {
              content: message.ics,
              method: /^METHOD:CANCEL/m.test(message.ics) ? 'CANCEL' : 'REQUEST',
            }
          : undefined,
      },
      now,
    );
    await db
      .update(messages)
      .set({ status: 'sent', attempts, sentAt: now, nextAttemptAt: null, lastError: null })
      .where(eq(messages.id, message.id));
  } catch (error) {
    const givenUp = attempts >= MAX_SEND_ATTEMPTS;
    await db
      .update(messages)
      .set({
        status: givenUp ? 'failed' : 'pending',
        attempts,
        nextAttemptAt: givenUp ? null : now + retryDelayMs(attempts),
        lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
      })
      .where(eq(messages.id, message.id));
  }
}

/**
 * Sends the pending messages that are due at `now`, at most `SEND_BATCH_SIZE`, oldest first,
 * through the mailer `MAILER` names. A refused or unreachable send is retried with a doubling
 * delay and kept with its error; after `MAX_SEND_ATTEMPTS` the message is marked `failed`.
 * Returns how many messages were sent. Throws at once when the mailer is misconfigured.
 *
 * @example
 * await sendDueMessages(env, db, Date.now()); // from the Worker's scheduled handler
 */
export async function sendDueMessages(
  env: MailSettings,
  db: Database,
  now: number,
): Promise<number> {
  const mailer = createMailer(env, db);
  const due = await db
    .select()
    .from(messages)
    .where(and(eq(messages.status, 'pending'), lte(messages.nextAttemptAt, now)))
    .orderBy(asc(messages.nextAttemptAt), asc(sql`rowid`))
    .limit(SEND_BATCH_SIZE);

  let sent = 0;
  for (const message of due) {
    if (!(await claim(db, message, now))) continue;
    await sendOne(db, mailer, message, now);
    sent += 1;
  }
  return sent;
}
