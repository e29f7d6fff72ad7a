import { EmailMessage } from 'cloudflare:email';

import type { Mailer } from './mailer.js';
import { addressOf, buildMimeMessage } from './mime.js';

/** Wraps a raw MIME message for the binding; the runtime's `EmailMessage` by default. */
export type EmailMessageFactory = (from: string, to: string, raw: string) => EmailMessage;

/**
 * Cloudflare Email Service through a `send_email` binding: each message goes out as one raw
 * MIME message (text, HTML and the calendar invitation), signed and delivered by Cloudflare
 * from the domain of `from`. The binding throws when Cloudflare refuses the message.
 */
export function cloudflareMailer(
  binding: SendEmail,
  from: string,
  createMessage: EmailMessageFactory = (sender, recipient, raw) =>
    new EmailMessage(sender, recipient, raw),
): Mailer {
  const fromAddress = addressOf(from);
  const domain = fromAddress.split('@')[1] ?? 'bookafy';
  return {
    async send(mail, now) {
      const raw = buildMimeMessage(mail, {
        from,
        messageId: `${mail.messageId}@${domain}`,
        date: now,
      });
      await binding.send(createMessage(fromAddress, mail.to.address, raw));
    },
  };
}
