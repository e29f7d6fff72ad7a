import { devMail } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newId } from '../internal/ids.js';

/** One email as Bookafy sends it: plain text and HTML, with an optional calendar file. */
export interface OutgoingMail {
  /** Bookafy's id of the message, for the provider's logs and the dev outbox. */
  messageId: string;
  to: { address: string; name?: string };
  subject: string;
  text: string;
  html: string;
  /** An iCalendar file, attached as `invite.ics` with its METHOD as the content type's. */
  ics?: { content: string; method: 'REQUEST' | 'CANCEL' };
}

/** Where messages leave the Worker; `send` throws when the provider refused or was unreachable. */
export interface Mailer {
  send(mail: OutgoingMail, now: number): Promise<void>;
}

/**
 * The development mailer: keeps every message in D1 (`dev_mail`), where `/dev/mail` shows it.
 * Nothing leaves the machine.
 */
export function devMailer(db: Database, from: string): Mailer {
  return {
    async send(mail, now) {
      await db.insert(devMail).values({
        id: newId('dml'),
        messageId: mail.messageId,
        fromAddress: from,
        toAddress: mail.to.name ? `${mail.to.name} <${mail.to.address}>` : mail.to.address,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ics: mail.ics?.content ?? null,
        createdAt: now,
      });
    },
  };
}
