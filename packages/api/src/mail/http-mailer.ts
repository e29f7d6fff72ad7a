import type { Mailer } from './mailer.js';

/** Where the HTTP mailer posts and how it signs in. */
export interface HttpMailerOptions {
  /** The provider's send endpoint, e.g. `https://api.resend.com/emails`. */
  url: string;
  /** The provider's API key, sent as a bearer token. */
  apiKey: string;
  from: string;
  /** The fetch to send with; the Worker's own by default. */
  fetch?: typeof fetch;
}

/** The longest part of a provider's refusal kept as the message's last error. */
const MAX_ERROR_LENGTH = 500;

/**
 * A JSON email API in the form Resend's `POST /emails` takes (`from`, `to`, `subject`, `text`,
 * `html`, base64 `attachments`), with the message id as the idempotency key so a retry after a
 * lost answer is not delivered twice. Any answer other than 2xx is a failure to retry.
 */
export function httpMailer(options: HttpMailerOptions): Mailer {
  const send = options.fetch ?? fetch;
  return {
    async send(mail) {
      const to = mail.to.name ? `${mail.to.name} <${mail.to.address}>` : mail.to.address;
      const attachments = mail.ics
        ? [
            {
              filename: 'invite.ics',
              content: base64(mail.ics.content),
              content_type: `text/calendar; charset=utf-8; method=${mail.ics.method}`,
            },
          ]
        : [];
      const response = await send(options.url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.apiKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': mail.messageId,
        },
        body: JSON.stringify({
          from: options.from,
          to: [to],
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments,
        }),
      });
      if (!response.ok) {
        const detail = (await response.text()).slice(0, MAX_ERROR_LENGTH);
        throw new Error(`The mail API answered ${response.status}: ${detail}`);
      }
    },
  };
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
