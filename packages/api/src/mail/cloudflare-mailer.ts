import { EmailMessage } from 'cloudflare:email';

import type { Mailer } from './mailer.js';
import { addressOf, buildMimeMessage } from './mime.js';

/**
 * Cloudflare Email Service through a `send_email` binding: each message goes out as one raw
 * MIME message (text, HTML and the calendar invitation), signed and delivered by Cloudflare
 * from the domain of `from`. The binding throws when Cloudflare refuses the message.
 */
export function cloudflareMailer(binding: SendEmail, from: string): Mailer {
  const fromAddress = addressOf(from);
  const domain = fromAddress.split('@')[1] ?? 'bookafy';
  return {
    async send(mail, now) {
      const raw = buildMimeMessage(mail, {
        from,
        messageId: `${mail.messageId}@${domain}`,
        date: now,
      });
      await binding.send(new EmailMessage(fromAddress, mail.to.address, raw));
    },
  };
}
