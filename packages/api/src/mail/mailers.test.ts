import { env } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { cloudflareMailer } from './cloudflare-mailer.js';
import { createMailer } from './create-mailer.js';
import { httpMailer } from './http-mailer.js';
import type { OutgoingMail } from './mailer.js';
import { decodedParts } from './mime.test-support.js';

const db = drizzle(env.DB, { schema });
const NOW = Date.parse('2027-02-26T12:00:00Z');
const ICS = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

const mail: OutgoingMail = {
  messageId: 'msg_test1',
  to: { address: 'ada@example.com', name: 'Ada Lovelace' },
  subject: 'Your booking with Café Zoë is confirmed',
  text: 'Hello Ada,\n\nYour booking is confirmed.\n',
  html: '<p>Hello Ada,</p>',
  ics: { content: ICS, method: 'REQUEST' },
};

/**
 * A stand-in for Cloudflare's `send_email` binding, which tests cannot reach: it records each
 * message handed to it with the raw MIME text that the real binding would deliver.
 */
function recordingBinding() {
  const sent: { from: string; to: string; raw: string }[] = [];
  const binding = {
    async send(message: { from: string; to: string; raw: string }) {
      sent.push(message);
      return { messageId: 'cf-1' };
    },
  } as unknown as SendEmail;
  const createMessage = (from: string, to: string, raw: string) =>
    ({ from, to, raw }) as unknown as EmailMessage;
  return { binding, sent, createMessage };
}

describe('cloudflareMailer', () => {
  it('hands the binding one MIME message with text, HTML and the invitation', async () => {
    const { binding, sent, createMessage } = recordingBinding();

    await cloudflareMailer(binding, 'Studio <bookings@studio.example>', createMessage).send(
      mail,
      NOW,
    );

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ from: 'bookings@studio.example', to: 'ada@example.com' });
    const raw = sent[0]!.raw;
    expect(raw).toContain('To: "Ada Lovelace" <ada@example.com>\r\n');
    expect(raw).toContain('Message-ID: <msg_test1@studio.example>\r\n');
    const parts = decodedParts(raw);
    expect(parts.get('text/plain; charset=utf-8')).toBe(mail.text);
    expect(parts.get('text/html; charset=utf-8')).toBe(mail.html);
    expect(parts.get('text/calendar; charset=utf-8; method=REQUEST')).toBe(ICS);
  });

  it('builds the runtime’s EmailMessage when given no other', async () => {
    const sent: unknown[] = [];
    const recording = { send: async (message: unknown) => void sent.push(message) };

    await cloudflareMailer(recording as unknown as SendEmail, 'a@studio.example').send(mail, NOW);

    expect(sent[0]).toMatchObject({ from: 'a@studio.example', to: 'ada@example.com' });
  });
});

/**
 * A stand-in for the mail provider's HTTP API (Resend's `POST /emails`), which tests cannot
 * reach: it records each request and answers with `status`.
 */
function recordingProvider(status: number) {
  const requests: { url: string; headers: Headers; body: Record<string, unknown> }[] = [];
  const providerFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({ url: request.url, headers: request.headers, body: await request.json() });
    return new Response(status === 200 ? '{"id":"re_1"}' : '{"message":"bad key"}', { status });
  };
  return { requests, providerFetch: providerFetch as typeof fetch };
}

describe('httpMailer', () => {
  it('posts the message as JSON with the key, an idempotency key and the .ics', async () => {
    const { requests, providerFetch } = recordingProvider(200);
    const mailer = httpMailer({
      url: 'https://mail.provider.example/emails',
      apiKey: 're_secret',
      from: 'Studio <bookings@studio.example>',
      fetch: providerFetch,
    });

    await mailer.send(mail, NOW);

    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent!.url).toBe('https://mail.provider.example/emails');
    expect(sent!.headers.get('Authorization')).toBe('Bearer re_secret');
    expect(sent!.headers.get('Idempotency-Key')).toBe('msg_test1');
    expect(sent!.body).toMatchObject({
      from: 'Studio <bookings@studio.example>',
      to: ['Ada Lovelace <ada@example.com>'],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    const [attachment] = sent!.body.attachments as { filename: string; content: string }[];
    expect(attachment!.filename).toBe('invite.ics');
    expect(atob(attachment!.content)).toBe(ICS);
  });

  it('throws with the provider’s answer when it refuses', async () => {
    const { providerFetch } = recordingProvider(401);
    const mailer = httpMailer({
      url: 'https://x.example',
      apiKey: 'k',
      from: 'a@b.example',
      fetch: providerFetch,
    });

    await expect(mailer.send(mail, NOW)).rejects.toThrow(
      'The mail API answered 401: {"message":"bad key"}',
    );
  });
});

describe('createMailer', () => {
  const from = 'Studio <bookings@studio.example>';

  it('refuses an unknown MAILER, naming the choices', () => {
    expect(() => createMailer({ MAILER: 'smtp', MAIL_FROM: from }, db)).toThrow(
      'MAILER is "smtp"; expected one of: dev, cloudflare, http.',
    );
  });

  it('refuses cloudflare without the EMAIL binding and http without its settings', () => {
    expect(() => createMailer({ MAILER: 'cloudflare', MAIL_FROM: from }, db)).toThrow(
      'no [[send_email]] binding named EMAIL',
    );
    expect(() =>
      createMailer({ MAILER: 'http', MAIL_FROM: from, MAIL_API_URL: 'https://x.example' }, db),
    ).toThrow('MAIL_API_URL or the secret MAIL_API_KEY is not set');
  });

  it('chooses each mailer when its settings are there', () => {
    const { binding } = recordingBinding();
    const settings = {
      MAIL_FROM: from,
      EMAIL: binding,
      MAIL_API_URL: 'https://x',
      MAIL_API_KEY: 'k',
    };
    for (const MAILER of ['dev', 'cloudflare', 'http']) {
      expect(createMailer({ ...settings, MAILER }, db).send).toBeTypeOf('function');
    }
  });
});
